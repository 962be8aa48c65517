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

  it('reports an indicator in an unknown section, and keeps it under that section id (groupBySection shows it there)', () => {
    const { scorecard, issues } = parseScorecard(file([validIndicator('G1', { section: 'pledge-9' })]), FILE)
    expect(scorecard?.indicators.map((i) => [i.ref, i.section])).toEqual([['G1', 'pledge-9']])
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        ref: 'G1',
        field: 'section',
        message: expect.stringContaining('Unknown section "pledge-9"'),
      }),
    ])
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
      // An unknown key is named as a field of its own ("Nothing lost": every problem names its field).
      ['E', 'official.extra'],
    ])
    // Each dropped link says what was left out, so the notice can count it.
    expect(issues.map((i) => i.leftOut?.kind)).toEqual(['official link', 'official link', 'official link'])
    expect(issues[0]!.message).toBe(
      'A near match needs a note saying how the definitions differ. The link to the official measure was ignored.',
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

// Issue 12: each class below refused a whole file, crashed a view or went unsaid before.
describe('a bad entry costs only itself', () => {
  const Q2 = { id: 'Q2', label: 'Q2 2018-19', kind: 'quarter', start: '2018-07-01', end: '2018-09-30' }

  it.each<[string, (f: ReturnType<typeof file>) => void, string, string]>([
    ['period', (f) => f.periods.push({ ...Q2, label: '' }), 'periods[1].label', 'period'],
    ['section', (f) => f.sections.push({ id: 'pledge-1', title: 'Pledge 1' } as never), 'sections[1].kind', 'section'],
    [
      'document',
      (f) => Object.assign(f, { documents: [{ id: '004', title: 'Scorecard' }, { id: '005' }] }),
      'documents[1].title',
      'document',
    ],
  ])('a bad %s is reported by list, index and field and dropped; the rest of the file loads', (_kind, spoil, field, leftOut) => {
    const data = file([validIndicator('G1'), validIndicator('G2')])
    spoil(data)
    const { scorecard, issues } = parseScorecard(data, FILE)
    expect(scorecard?.indicators.map((i) => i.ref)).toEqual(['G1', 'G2'])
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: FILE,
        field,
        message: expect.stringMatching(
          /^Missing: it must be .*\. This .* was not loaded.*[Cc]orrect it in the file\.$|^Must not be blank\. This period was not loaded/,
        ),
        leftOut: { kind: leftOut, item: field.replace(/\.\w+$/, '') },
      }),
    ])
  })

  it('an indicator using a dropped period loses only that cell, which is reported saying why', () => {
    const data = file([
      validIndicator('G1', {
        values: [
          { period: 'Q1', kind: 'number', number: 95, printed: '95%', source },
          { period: 'Q2', kind: 'number', number: 96, printed: '96%', source },
        ],
      }),
    ])
    data.periods.push({ ...Q2, start: '2018-10-01' })
    const { scorecard, issues } = parseScorecard(data, FILE)
    expect(scorecard?.periods.map((p) => p.id)).toEqual(['Q1'])
    expect(scorecard?.indicators[0]?.values.map((v) => v.period)).toEqual(['Q1'])
    expect(issues).toContainEqual(
      expect.objectContaining({
        ref: 'G1',
        field: 'values[1].period',
        message: 'Period "Q2" was not loaded (periods[1] has a problem); this entry was ignored.',
        leftOut: { kind: 'value', item: 'indicators[0].values[1]' },
      }),
    )
  })

  it('an indicator whose section was dropped is kept under its section id, with a warning that says why', () => {
    const data = file([validIndicator('G1', { section: 'pledge-1' })])
    data.sections.push({ id: 'pledge-1', title: '', kind: 'pledge' })
    const { scorecard, issues } = parseScorecard(data, FILE)
    expect(scorecard?.indicators.map((i) => i.section)).toEqual(['pledge-1'])
    expect(issues).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        ref: 'G1',
        field: 'section',
        message: expect.stringContaining('Section "pledge-1" was not loaded (sections[1] has a problem)'),
      }),
    )
  })

  it('an unknown top-level key is a warning, not a reason to refuse the file', () => {
    const { scorecard, issues } = parseScorecard({ ...file([validIndicator('G1')]), colour: 'red' }, FILE)
    expect(scorecard?.indicators).toHaveLength(1)
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', field: 'colour' })])
  })

  it('a file that is not a scorecard says every issue left out the file', () => {
    const { issues } = parseScorecard({ format: 'nope' }, FILE)
    expect(issues.length).toBeGreaterThan(1)
    expect(issues.every((i) => i.leftOut?.kind === 'file' && / This file was not loaded\.$/.test(i.message))).toBe(true)
  })
})

describe('no figure can break a view: what cannot be shown is refused with a message', () => {
  it.each([
    ['a cell printed with 21 decimals', { printed: `95.${'0'.repeat(21)}%` }, 'values[0].printed'],
    [
      'an alternate printed with 101 decimals',
      { alternate: { number: 1, printed: `1.${'0'.repeat(101)}` } },
      'values[0].alternate.printed',
    ],
  ])('%s', (_what, extra, field) => {
    const data = file([validIndicator('G1', { values: [{ period: 'Q1', kind: 'number', number: 95, source, ...extra }] })])
    const { scorecard, issues } = parseScorecard(data, FILE)
    expect(scorecard?.indicators[0]?.values).toEqual([])
    expect(issues).toEqual([
      expect.objectContaining({
        ref: 'G1',
        field,
        message: 'Has more than 20 decimal places, more than can be shown; round the figure in the file.',
      }),
    ])
  })

  it('20 decimals are still accepted', () => {
    const data = file([
      validIndicator('G1', { values: [{ period: 'Q1', kind: 'number', number: 95, printed: `95.${'0'.repeat(20)}%`, source }] }),
    ])
    expect(parseScorecard(data, FILE).issues).toEqual([])
  })

  it.each(['.', '..', ' .. '])('a ref of only dots (%j) is refused: it could not be the address of its page', (ref) => {
    const { scorecard, issues } = parseScorecard(file([validIndicator(ref), validIndicator('G2')]), FILE)
    expect(scorecard?.indicators.map((i) => i.ref)).toEqual(['G2'])
    expect(issues).toEqual([expect.objectContaining({ field: 'ref', message: expect.stringContaining('Must not be only dots') })])
  })

  it.each(['A/B', 'a%2fb', '100%', 'constructor', '__proto__', 'a..b', '?#'])('a ref such as %j is kept', (ref) => {
    const { scorecard, issues } = parseScorecard(file([validIndicator(ref)]), FILE)
    expect(issues).toEqual([])
    expect(scorecard?.indicators.map((i) => i.ref)).toEqual([ref])
  })

  it.each(['%2F', 'a%2Fb'])('the ref %j is refused: the router would read its percent-2F as a slash', (ref) => {
    const { scorecard, issues } = parseScorecard(file([validIndicator(ref), validIndicator('G2')]), FILE)
    expect(scorecard?.indicators.map((i) => i.ref)).toEqual(['G2'])
    expect(issues).toEqual([expect.objectContaining({ field: 'ref', message: expect.stringContaining('Must not hold the text "%2F"') })])
  })

  it('a non-finite number is refused, saying so', () => {
    const data = file([validIndicator('G1', { comparators: [{ kind: 'england', number: Infinity, source }] })])
    expect(parseScorecard(data, FILE).issues).toEqual([
      expect.objectContaining({ ref: 'G1', field: 'comparators[0].number', message: 'Must be a finite number, not Infinity.' }),
    ])
  })
})

describe('every problem names its field, and nothing is dropped silently', () => {
  it('an unknown key on an indicator names the indicator and the key', () => {
    const { issues } = parseScorecard(file([validIndicator('G1', { colour: 'red' })]), FILE)
    expect(issues).toEqual([
      expect.objectContaining({
        ref: 'G1',
        field: 'colour',
        message: 'Unknown key "colour": the format has no such field (check its spelling). This indicator was not loaded.',
      }),
    ])
  })

  it('an indicator that is not an object is named by its place in the list', () => {
    const { issues } = parseScorecard(file([validIndicator('G1'), 7]), FILE)
    expect(issues).toEqual([
      expect.objectContaining({
        ref: 'indicator #2',
        field: 'indicators[1]',
        message: 'Must be an object ({…}), not a number. This indicator was not loaded.',
      }),
    ])
  })

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    [
      'a number on a not-reported cell',
      { kind: 'not-reported', number: 4 },
      'values[0].number',
      /A not-reported value has no "number", so it was ignored/,
    ],
    ['text on a yes/no cell', { kind: 'yes-no', answer: true, text: 'Yes' }, 'values[0].text', /A yes-no value has no "text"/],
    ['a misspelt provisional', { kind: 'number', number: 95, provisonal: true }, 'values[0].provisonal', /Unknown key "provisonal"/],
  ])('%s is kept and the key reported', (_what, cell, field, message) => {
    const { scorecard, issues } = parseScorecard(
      file([validIndicator('G1', { unit: cell.kind === 'yes-no' ? 'yes-no' : 'count', values: [{ period: 'Q1', source, ...cell }] })]),
      FILE,
    )
    expect(scorecard?.indicators[0]?.values).toHaveLength(1)
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', ref: 'G1', field, message: expect.stringMatching(message) })])
  })

  it("an addition's bad cell is named inside additions[n], not as the indicator's own values[n]", () => {
    const data = {
      ...file([]),
      additions: [
        { ref: 'G9', values: [{ period: 'Q1', kind: 'number', number: 1, source }] },
        { ref: 'G1', values: [{ period: 'Q1', source }] },
      ],
    }
    const { issues } = parseScorecard(data, FILE)
    expect(issues).toEqual([
      expect.objectContaining({
        ref: 'G1',
        field: 'additions[1].values[0].kind',
        message: expect.stringMatching(/^Missing: it must be one of "number"/),
      }),
    ])
  })

  it('says "missing" for a field that is not there, never "received undefined"', () => {
    const { title: _title, ...noTitle } = validIndicator('G1')
    const { issues } = parseScorecard(file([noTitle]), FILE)
    expect(issues).toEqual([
      expect.objectContaining({ ref: 'G1', field: 'title', message: 'Missing: it must be text. This indicator was not loaded.' }),
    ])
    expect(JSON.stringify(issues)).not.toMatch(/received undefined/)
  })
})
