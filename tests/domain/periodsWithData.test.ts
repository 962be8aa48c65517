import { describe, expect, it } from 'vitest'
import { entryPeriods, latestPeriodWithData } from '../../src/domain/periodsWithData'
import type { Period, ValueCell } from '../../src/domain/scorecardSchema'
import { buildIndicator, buildScorecard, num, PERIOD_INDEX, status } from '../support/buildIndicator'

const source = { doc: 'test', line: 1 }
const text = (period: string): ValueCell => ({ period, kind: 'text', text: 'Qtly review', source })
const answer = (period: string): ValueCell => ({ period, kind: 'yes-no', answer: false, source })

const scorecard = buildScorecard

describe('latestPeriodWithData', () => {
  it('is the latest period in which any indicator has a figure, whatever the order of cells', () => {
    const s = scorecard([
      buildIndicator({ ref: 'A', values: [num('2018-19-Q1', 1), num('2017-18-Q2', 2)] }),
      buildIndicator({ ref: 'B', values: [num('2017-18-YE', 3)] }),
    ])
    expect(latestPeriodWithData(s)?.id).toBe('2018-19-Q1')
  })

  it('passes over a period that has only statuses', () => {
    const s = scorecard([
      buildIndicator({ values: [num('2018-19-Q1', 1), status('2018-19-Q2', 'suppressed'), status('2018-19-Q2', 'not-reported')] }),
    ])
    expect(latestPeriodWithData(s)?.id).toBe('2018-19-Q1')
  })

  it('counts a text answer and a yes/no answer as data', () => {
    expect(latestPeriodWithData(scorecard([buildIndicator({ values: [num('2017-18-Q2', 1), text('2018-19-Q2')] })]))?.id).toBe('2018-19-Q2')
    expect(latestPeriodWithData(scorecard([buildIndicator({ values: [num('2017-18-Q2', 1), answer('2018-19-Q1')] })]))?.id).toBe(
      '2018-19-Q1',
    )
  })

  it('looks only at the periods asked for', () => {
    const s = scorecard([buildIndicator({ values: [num('2018-19-Q1', 1), num('2017-18-YE', 2)] })])
    expect(latestPeriodWithData(s, (p) => p.kind === 'year-end')?.id).toBe('2017-18-YE')
    expect(latestPeriodWithData(s, () => false)).toBeUndefined()
  })

  it('is undefined without any figure', () => {
    expect(latestPeriodWithData(scorecard([]))).toBeUndefined()
    expect(latestPeriodWithData(scorecard([buildIndicator({ values: [status('2018-19-Q2', 'not-reported')] })]))).toBeUndefined()
  })

  it('ranks periods with the same dates in the scorecard’s order', () => {
    const yearEnd: Period = { id: 'YE', label: 'Year end', kind: 'year-end', start: '2017-04-01', end: '2018-03-31' }
    const annual: Period = { id: 'AN', label: 'Annual', kind: 'annual', start: '2017-04-01', end: '2018-03-31' }
    const cells = [num('AN', 1), num('YE', 2)]
    expect(latestPeriodWithData(scorecard([buildIndicator({ values: cells })], [yearEnd, annual]))?.id).toBe('AN')
    expect(latestPeriodWithData(scorecard([buildIndicator({ values: cells })], [annual, yearEnd]))?.id).toBe('YE')
  })
})

describe('entryPeriods', () => {
  it('lists one indicator’s periods with an entry, oldest first, so the last is its latest entry, a status or not', () => {
    const indicator = buildIndicator({ values: [status('2018-19-Q2', 'under-development'), num('2017-18-Q2', 1), num('nope', 2)] })
    expect(entryPeriods(indicator, PERIOD_INDEX).map((p) => p.id)).toEqual(['2017-18-Q2', '2018-19-Q2'])
    expect(entryPeriods(buildIndicator(), PERIOD_INDEX)).toEqual([])
  })
})
