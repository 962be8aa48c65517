import { describe, expect, it } from 'vitest'
import { mergeScorecards } from '../../src/domain/mergeScorecards'
import type { Scorecard } from '../../src/domain/scorecardSchema'
import { buildIndicator, num, PERIODS } from '../support/buildIndicator'

const general = { id: 'general', title: 'General', kind: 'general' as const }

function scorecard(overrides: Partial<Scorecard>): Scorecard {
  return {
    format: 'corporate-parenting-scorecard/1',
    authority: 'Test Council',
    title: 'Test',
    reportingYear: '2018-19',
    documents: [],
    periods: PERIODS,
    sections: [general],
    indicators: [],
    additions: [],
    ...overrides,
  }
}

describe('mergeScorecards', () => {
  it('combines indicators from several files and sorts the periods', () => {
    const a = scorecard({ indicators: [buildIndicator({ ref: 'G1' })], periods: [PERIODS[3]!] })
    const b = scorecard({ indicators: [buildIndicator({ ref: 'S1' })], periods: [PERIODS[0]!] })
    const { scorecard: merged, issues } = mergeScorecards([
      { file: 'a.json', scorecard: a },
      { file: 'b.json', scorecard: b },
    ])
    expect(issues).toEqual([])
    expect(merged?.indicators.map((i) => i.ref)).toEqual(['G1', 'S1'])
    expect(merged?.periods.map((p) => p.id)).toEqual([PERIODS[0]!.id, PERIODS[3]!.id])
  })

  it('rejects a ref used in two files, naming both', () => {
    const a = scorecard({ indicators: [buildIndicator({ ref: 'G1' })] })
    const b = scorecard({ indicators: [buildIndicator({ ref: 'G1', title: 'Other' })] })
    const { scorecard: merged, issues } = mergeScorecards([
      { file: 'a.json', scorecard: a },
      { file: 'b.json', scorecard: b },
    ])
    expect(merged?.indicators).toHaveLength(1)
    expect(issues).toEqual([expect.objectContaining({ file: 'b.json', ref: 'G1', message: expect.stringContaining('a.json') })])
  })

  it('warns when a shared period is defined differently and keeps the first definition', () => {
    const a = scorecard({})
    const b = scorecard({ periods: [{ ...PERIODS[0]!, label: 'Different label' }] })
    const { scorecard: merged, issues } = mergeScorecards([
      { file: 'a.json', scorecard: a },
      { file: 'b.json', scorecard: b },
    ])
    expect(merged?.periods[0]?.label).toBe(PERIODS[0]!.label)
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', file: 'b.json', field: `periods.${PERIODS[0]!.id}` })])
  })

  it('adds cells from another file to the indicator they name, whichever file comes first', () => {
    const additions = scorecard({
      additions: [
        {
          ref: 'G1',
          values: [num('2017-18-Q2', 60)],
          comparators: [],
          commentary: [],
          notes: [{ kind: 'context', text: 'From an older report.' }],
        },
      ],
    })
    const main = scorecard({ indicators: [buildIndicator({ ref: 'G1', values: [num('2018-19-Q2', 70)] })] })
    const { scorecard: merged, issues } = mergeScorecards([
      { file: 'old.json', scorecard: additions },
      { file: 'main.json', scorecard: main },
    ])
    expect(issues).toEqual([])
    const g1 = merged!.indicators[0]!
    expect(g1.values.map((v) => v.period)).toEqual(['2018-19-Q2', '2017-18-Q2'])
    expect(g1.notes).toHaveLength(1)
  })

  it('never lets an addition overwrite a cell, and reports additions for unknown refs', () => {
    const main = scorecard({ indicators: [buildIndicator({ ref: 'G1', values: [num('2018-19-Q2', 70)] })] })
    const extra = scorecard({
      additions: [
        { ref: 'G1', values: [num('2018-19-Q2', 99)], comparators: [], commentary: [], notes: [] },
        { ref: 'Z9', values: [num('2018-19-Q2', 1)], comparators: [], commentary: [], notes: [] },
      ],
    })
    const { scorecard: merged, issues } = mergeScorecards([
      { file: 'main.json', scorecard: main },
      { file: 'extra.json', scorecard: extra },
    ])
    expect(merged!.indicators[0]!.values).toEqual([num('2018-19-Q2', 70)])
    expect(issues.map((i) => [i.file, i.ref, i.field])).toEqual([
      ['extra.json', 'G1', 'additions[0].values[0].period'],
      ['extra.json', 'Z9', 'additions[1].ref'],
    ])
  })

  it('checks an added cell against the indicator unit', () => {
    const main = scorecard({ indicators: [buildIndicator({ ref: 'S1', unit: 'yes-no' })] })
    const extra = scorecard({ additions: [{ ref: 'S1', values: [num('2018-19-Q2', 1)], comparators: [], commentary: [], notes: [] }] })
    const { scorecard: merged, issues } = mergeScorecards([
      { file: 'main.json', scorecard: main },
      { file: 'extra.json', scorecard: extra },
    ])
    expect(merged!.indicators[0]!.values).toEqual([])
    expect(issues[0]).toMatchObject({ severity: 'error', ref: 'S1', field: 'additions[0].values[0].kind' })
  })
})

describe('additions keep the place they had in their file', () => {
  it('a problem found on merge names the addition and the value by their index in the file, after earlier ones were dropped', async () => {
    const { parseScorecard } = await import('../../src/domain/parseScorecard')
    const source = { doc: 'x', line: 1 }
    const target = scorecard({ indicators: [buildIndicator({ ref: 'G1', unit: 'percent', values: [] })] })
    const file = {
      ...target,
      indicators: [],
      additions: [
        { ref: 'G1', values: 'not a list' },
        {
          ref: 'G1',
          values: [
            { period: PERIODS[0]!.id, source },
            { period: PERIODS[1]!.id, kind: 'yes-no', answer: true, source },
          ],
        },
      ],
    }
    const parsed = parseScorecard(file, 'b.json')
    const { issues } = mergeScorecards([
      { file: 'a.json', scorecard: target },
      { file: 'b.json', scorecard: parsed.scorecard! },
    ])
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'b.json',
        ref: 'G1',
        field: 'additions[1].values[1].kind',
        leftOut: { kind: 'value', item: 'additions[1].values[1]' },
      }),
    ])
  })
})
