import { describe, expect, it } from 'vitest'
import { parseScorecard, parseScorecardJson } from '../../src/domain/parseScorecard'
import { FORMAT_ID } from '../../src/domain/scorecardSchema'

const FILE = 'test-scorecard.json'
const source = { doc: '004', line: 1 }

function validIndicator(ref: string, extra: Record<string, unknown> = {}) {
  return {
    ref,
    title: `Indicator ${ref}`,
    section: 'general',
    cohorts: ['cared-for-children'],
    polarity: 'high-is-good',
    unit: 'percent',
    frequency: 'quarterly',
    source,
    values: [{ period: 'Q1', kind: 'number', number: 95, printed: '95%', source }],
    ...extra,
  }
}

function file(indicators: unknown[]) {
  return {
    format: FORMAT_ID,
    authority: 'Test Council',
    title: 'Test scorecard',
    reportingYear: '2018-19',
    periods: [{ id: 'Q1', label: 'Q1 2018-19', kind: 'quarter', start: '2018-04-01', end: '2018-06-30' }],
    sections: [{ id: 'general', title: 'General', kind: 'general' }],
    indicators,
  }
}

describe('parseScorecard', () => {
  it('loads a valid file with no issues', () => {
    const { scorecard, issues } = parseScorecard(file([validIndicator('G1')]), FILE)
    expect(issues).toEqual([])
    expect(scorecard?.indicators.map((i) => i.ref)).toEqual(['G1'])
  })

  it('names the file, ref and field of a bad indicator and still loads the good ones', () => {
    const { scorecard, issues } = parseScorecard(
      file([validIndicator('G1'), validIndicator('G2', { polarity: 'higher' }), validIndicator('G3')]),
      FILE,
    )
    expect(scorecard?.indicators.map((i) => i.ref)).toEqual(['G1', 'G3'])
    expect(issues).toContainEqual(expect.objectContaining({ severity: 'error', file: FILE, ref: 'G2', field: 'polarity' }))
  })

  it('names an indicator without a ref by its position', () => {
    const { issues } = parseScorecard(file([validIndicator('G1'), { title: 'No ref' }]), FILE)
    expect(issues).toContainEqual(expect.objectContaining({ ref: 'indicator #2', field: 'ref' }))
  })

  it('drops only the bad cell of an indicator, naming the cell', () => {
    const bad = validIndicator('P1', {
      values: [
        { period: 'Q1', kind: 'number', number: 'ninety', source },
        { period: 'Q9', kind: 'number', number: 90, source },
      ],
    })
    const { scorecard, issues } = parseScorecard(file([bad]), FILE)
    expect(scorecard?.indicators[0]?.values).toEqual([])
    expect(issues).toContainEqual(expect.objectContaining({ ref: 'P1', field: 'values[0].number' }))
    expect(issues).toContainEqual(
      expect.objectContaining({ ref: 'P1', field: 'values[1].period', message: expect.stringContaining('Unknown period "Q9"') }),
    )
  })

  it('rejects a number that disagrees with its printed text', () => {
    const bad = validIndicator('P1', { values: [{ period: 'Q1', kind: 'number', number: 19, printed: '91.0%', source }] })
    const { scorecard, issues } = parseScorecard(file([bad]), FILE)
    expect(scorecard?.indicators[0]?.values).toEqual([])
    expect(issues[0]).toMatchObject({ ref: 'P1', field: 'values[0].number', message: expect.stringContaining('"91.0%"') })
  })

  it('discards a number wrongly given for a suppressed value, with a warning', () => {
    const leaky = validIndicator('P5.3', {
      unit: 'count',
      values: [{ period: 'Q1', kind: 'suppressed', printed: 'Supressed', number: 3, source }],
    })
    const { scorecard, issues } = parseScorecard(file([leaky]), FILE)
    const cell = scorecard?.indicators[0]?.values[0]
    expect(cell).toEqual({ period: 'Q1', kind: 'suppressed', printed: 'Supressed', source })
    expect(JSON.stringify(scorecard)).not.toMatch(/"number":3/)
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', ref: 'P5.3', field: 'values[0].number' })])
  })

  it('reports a duplicate ref and keeps the first', () => {
    const { scorecard, issues } = parseScorecard(file([validIndicator('G1'), validIndicator('G1', { title: 'Second' })]), FILE)
    expect(scorecard?.indicators).toHaveLength(1)
    expect(scorecard?.indicators[0]?.title).toBe('Indicator G1')
    expect(issues).toContainEqual(expect.objectContaining({ ref: 'G1', field: 'indicators[1].ref' }))
  })

  it('reports an indicator in an unknown section', () => {
    const { scorecard, issues } = parseScorecard(file([validIndicator('G1', { section: 'pledge-9' })]), FILE)
    expect(scorecard?.indicators).toEqual([])
    expect(issues).toContainEqual(expect.objectContaining({ ref: 'G1', field: 'section' }))
  })

  it('ignores a target that starts in an unknown period, naming the field', () => {
    const odd = validIndicator('P1', { target: { kind: 'number', value: 90, from: 'Q9' } })
    const { scorecard, issues } = parseScorecard(file([odd]), FILE)
    expect(scorecard?.indicators[0]?.target).toBeUndefined()
    expect(issues).toEqual([expect.objectContaining({ ref: 'P1', field: 'target.from' })])
  })

  it('warns about a percentage over 100 but keeps it', () => {
    const odd = validIndicator('P1', { values: [{ period: 'Q1', kind: 'number', number: 120, source }] })
    const { scorecard, issues } = parseScorecard(file([odd]), FILE)
    expect(scorecard?.indicators[0]?.values).toHaveLength(1)
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', field: 'values[0].number' })])
  })

  it('rejects a file that is not a scorecard, naming the field', () => {
    const { scorecard, issues } = parseScorecard({ format: 'something-else', indicators: [] }, FILE)
    expect(scorecard).toBeNull()
    expect(issues.map((i) => i.field)).toEqual(expect.arrayContaining(['format', 'authority']))
    expect(issues.every((i) => i.file === FILE)).toBe(true)
  })

  it('keeps a link to an official measure, and drops only a bad link, naming its field', () => {
    const good = { measure: 'LACnum', match: 'exact' }
    const near = { measure: 'LACDistance', match: 'near', note: 'Counts only placements outside the boundary.' }
    const { scorecard, issues } = parseScorecard(
      file([
        validIndicator('A', { official: good }),
        validIndicator('B', { official: near }),
        validIndicator('C', { official: { measure: 'LACDistance', match: 'near' } }),
        validIndicator('D', { official: { measure: 'LACnum', match: 'roughly' } }),
        validIndicator('E', { official: { measure: 'LACnum', match: 'exact', extra: 1 } }),
      ]),
      FILE,
    )
    expect(scorecard?.indicators.map((i) => [i.ref, i.official])).toEqual([
      ['A', good],
      ['B', near],
      ['C', undefined],
      ['D', undefined],
      ['E', undefined],
    ])
    expect(issues.map((i) => [i.ref, i.field])).toEqual([
      ['C', 'official.note'],
      ['D', 'official.match'],
      ['E', 'official'],
    ])
    expect(issues[0]!.message).toBe(
      'a near match needs a note saying how the definitions differ. The link to the official measure was ignored.',
    )
  })

  it('never throws, whatever it is given', () => {
    for (const input of [null, 42, 'text', [], { indicators: 'no' }, file([null, 7, 'x', []])]) {
      expect(() => parseScorecard(input, FILE)).not.toThrow()
    }
  })
})

describe('parseScorecardJson', () => {
  it('names the file when the JSON is broken', () => {
    const { scorecard, issues } = parseScorecardJson('{"format": "corporate', FILE)
    expect(scorecard).toBeNull()
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: FILE,
        field: '(file)',
        message: expect.stringMatching(/^This file is not valid JSON/),
      }),
    ])
  })
})
