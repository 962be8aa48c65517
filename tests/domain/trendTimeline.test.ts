// Periods placed in time, and the gaps where more than one expected period passes without one.
import { describe, expect, it } from 'vitest'
import { FREQUENCIES } from '../../src/domain/scorecardSchema'
import { expectedSpacing, findTimeGaps, GAP_FACTOR, periodTime, type TimePoint } from '../../src/domain/trendTimeline'
import { loadSeedScorecard } from '../support/seedFiles'

const point = (periodId: string, end: string): TimePoint => ({ periodId, label: periodId, time: periodTime({ end }) })
const scorecard = loadSeedScorecard()
const seedPoint = (id: string) => {
  const p = scorecard.periods.find((x) => x.id === id)!
  return { periodId: p.id, label: p.label, time: periodTime(p) }
}

describe('periodTime', () => {
  it('is the end date in whole days since 1970, the same in any time zone', () => {
    expect(periodTime({ end: '1970-01-02' })).toBe(1)
    expect(periodTime({ end: '2018-09-30' }) - periodTime({ end: '2018-06-30' })).toBe(92)
    expect(Number.isInteger(periodTime({ end: '2011-06-27' }))).toBe(true)
  })

  it('spaces the seed periods by the time between them, not evenly (2011, 2014, 2017-18, two quarters of 2018-19)', () => {
    const times = ['2011-06-27', '2011-14', '2017-18-YE', '2018-19-Q1', '2018-19-Q2'].map((id) => seedPoint(id).time)
    const steps = times.slice(1).map((t, i) => t - times[i]!)
    expect(steps).toEqual([1008, 1461, 91, 92])
  })
})

describe('expectedSpacing', () => {
  it('a year for an annual measure; a quarter for every other, as the quarterly scorecard reports them', () => {
    expect(expectedSpacing('annual')).toEqual({ days: 365.25, name: 'year' })
    for (const f of FREQUENCIES.filter((x) => x !== 'annual')) expect(expectedSpacing(f), f).toEqual({ days: 365.25 / 4, name: 'quarter' })
  })

  it('a monthly measure reported in Q1 and Q2 has no gap between them', () => {
    expect(findTimeGaps([point('Q1', '2018-06-30'), point('Q2', '2018-09-30')], 'monthly')).toEqual([])
  })
})

describe('findTimeGaps', () => {
  const quarters = [point('Q4', '2018-03-31'), point('Q1', '2018-06-30'), point('Q2', '2018-09-30')]

  it('finds none between consecutive quarters, or a month-end a quarter before a quarter-end', () => {
    expect(findTimeGaps(quarters, 'quarterly')).toEqual([])
    expect(findTimeGaps([point('Dec', '2017-12-31'), point('YE', '2018-03-31')], 'quarterly')).toEqual([])
  })

  it('finds one where a single quarter is missing, and says between which periods', () => {
    const missingQ1 = [quarters[0]!, quarters[2]!]
    expect(findTimeGaps(missingQ1, 'quarterly')).toEqual([{ from: quarters[0], to: quarters[2] }])
  })

  it('reads the gap against the indicator’s own rhythm: a year apart is a gap for a quarterly figure, not for an annual one', () => {
    const years = [point('2013-14', '2014-03-31'), point('2014-15', '2015-03-31'), point('2016-17', '2017-03-31')]
    expect(findTimeGaps(years, 'quarterly')).toHaveLength(2)
    expect(findTimeGaps(years, 'annual').map((g) => [g.from.periodId, g.to.periodId])).toEqual([['2014-15', '2016-17']])
  })

  it('G1 from the seeds: joined only where figures are about a quarter apart', () => {
    const ids = ['2011-06-27', '2013-14-YE', '2014-15-YE', '2015-07-06', '2016-17-YE', '2017-12', '2017-18-YE', '2018-19-Q1', '2018-19-Q2']
    const gaps = findTimeGaps(ids.map(seedPoint), 'quarterly')
    expect(gaps.map((g) => `${g.from.label} → ${g.to.label}`)).toEqual([
      '27 June 2011 → Year end 2013-14',
      'Year end 2013-14 → Year end 2014-15',
      '6 July 2015 → Year end 2016-17',
      'Year end 2016-17 → December 2017',
    ])
  })

  it('the threshold sits between one period (with its slack) and two', () => {
    const spacing = expectedSpacing('quarterly').days
    expect(GAP_FACTOR * spacing).toBeGreaterThan(92)
    expect(GAP_FACTOR * spacing).toBeLessThan(2 * 89)
    expect(findTimeGaps([], 'quarterly')).toEqual([])
    expect(findTimeGaps([quarters[0]!], 'quarterly')).toEqual([])
  })
})
