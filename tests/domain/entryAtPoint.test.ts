// Figures are the seed's (G1, P3.17, P4.1, H1, H5), unless a test says it re-dates them.
import { describe, expect, it } from 'vitest'
import { assessAtPoint, isMissing } from '../../src/domain/assessIndicator'
import { datePeriod, financialYearPeriod, monthPeriod } from '../../src/domain/calendarPeriods'
import { entryAtPoint, entryPeriodNote } from '../../src/domain/entryAtPoint'
import { quarterPeriod, yearEndPeriod } from '../../src/domain/financialYear'
import { indexPeriods } from '../../src/domain/periods'
import { buildIndicator, num, status } from '../support/buildIndicator'

const q = (startYear: number, quarter: 1 | 2 | 3 | 4) => quarterPeriod(startYear, quarter)
const ye1718 = yearEndPeriod(2017)
const fy1617 = financialYearPeriod(2016)
const fy1718 = financialYearPeriod(2017)
const periods = indexPeriods([q(2017, 2), q(2017, 3), q(2017, 4), ye1718, fy1617, fy1718, q(2018, 1), q(2018, 2), q(2018, 3)])
const Q2 = q(2018, 2)

describe('entryAtPoint: the latest entry at or before the point, with its own period', () => {
  const g1 = buildIndicator({ ref: 'G1', values: [num(ye1718.id, 477), num('2018-19-Q1', 496), num('2018-19-Q2', 495)] })

  it('is the point’s own entry when there is one: entered for the point and current', () => {
    expect(entryAtPoint(g1, Q2, periods)).toMatchObject({
      cell: { number: 495 },
      period: { id: '2018-19-Q2' },
      forPoint: true,
      ageMonths: 0,
      freshness: 'current',
    })
  })

  it('never takes an entry after the point', () => {
    const early = { ...g1, values: [...g1.values, num('2018-19-Q3', 495)] }
    expect(entryAtPoint(early, Q2, periods)?.period.id).toBe('2018-19-Q2')
    expect(entryAtPoint(g1, q(2017, 3), periods)).toBeUndefined()
  })

  it('an annual figure at a quarter is its latest year, labelled as such, and current', () => {
    const h5 = buildIndicator({ ref: 'H5', frequency: 'annual', values: [num(fy1617.id, 14.6), num(fy1718.id, 14)] })
    const entry = entryAtPoint(h5, Q2, periods)!
    expect(entry).toMatchObject({ period: { id: '2017-18', label: '2017-18' }, forPoint: false, ageMonths: 6, freshness: 'current' })
    expect(entryPeriodNote(entry, Q2.id)).toBe('2017-18')
  })

  it('a quarterly figure two quarters before the point is stale, and says so in words', () => {
    const h1 = buildIndicator({ ref: 'H1', values: [num('2017-18-Q3', 63), num('2017-18-Q4', 64)] })
    const entry = entryAtPoint(h1, Q2, periods)!
    expect(entry).toMatchObject({ period: { id: '2017-18-Q4' }, ageMonths: 6, freshness: 'stale' })
    expect(entryPeriodNote(entry, Q2.id)).toBe('Q4 2017-18, out of date')
    expect(entryAtPoint(h1, q(2018, 1), periods)?.freshness).toBe('late')
  })

  it('a status at the point is shown rather than an older figure', () => {
    const p41 = buildIndicator({ ref: 'P4.1', values: [num('2018-19-Q1', 72), status('2018-19-Q2', 'not-reported')] })
    expect(entryAtPoint(p41, Q2, periods)).toMatchObject({ cell: { kind: 'not-reported' }, freshness: 'current' })
  })

  it('of a year end and the Q4 that closes it, the quarter is the later period', () => {
    const both = buildIndicator({ values: [num(ye1718.id, 477), num('2017-18-Q4', 470)] })
    expect(entryAtPoint(both, q(2017, 4), periods)?.period.id).toBe('2017-18-Q4')
  })

  it('an entry for the point’s own period is its entry, even beside a month that ends the same day', () => {
    // A synthetic arrangement of real values: G1's Q1 2018-19 figure re-dated to March 2019, beside its Q2 figure as Q4's.
    const march = monthPeriod(2019, 3)
    const q4 = q(2018, 4)
    const both = buildIndicator({ values: [num(march.id, 496), num(q4.id, 495)] })
    expect(entryAtPoint(both, q4, indexPeriods([march, q4]))?.period.id).toBe('2018-19-Q4')
  })

  it('two months in one quarter both survive, each with its date; the quarter shows the later one', () => {
    // A synthetic arrangement of real values: G1's Q1 and Q2 2018-19 figures re-dated to January and February 2019.
    const jan = monthPeriod(2019, 1)
    const feb = monthPeriod(2019, 2)
    const monthly = buildIndicator({ ref: 'G1', frequency: 'monthly', values: [num(jan.id, 496), num(feb.id, 495)] })
    const withMonths = indexPeriods([...periods.values(), jan, feb])
    expect(entryAtPoint(monthly, jan, withMonths)).toMatchObject({ cell: { number: 496 }, period: { label: 'January 2019' } })
    expect(entryAtPoint(monthly, feb, withMonths)).toMatchObject({ cell: { number: 495 }, period: { label: 'February 2019' } })
    const q4 = q(2018, 4)
    expect(entryAtPoint(monthly, q4, withMonths)).toMatchObject({ period: { id: '2019-02' }, forPoint: true, ageMonths: 1 })
  })

  it('a figure dated 31 January is shown with its date at Q4, not called Q4', () => {
    const jan31 = datePeriod('2019-01-31')
    const asAt = buildIndicator({ ref: 'G1', frequency: 'as-at', values: [num(jan31.id, 495)] })
    const entry = entryAtPoint(asAt, q(2018, 4), indexPeriods([jan31]))!
    expect(entry.period.label).toBe('31 January 2019')
    expect(entryPeriodNote(entry, '2018-19-Q4')).toBe('31 January 2019')
  })
})

describe('assessAtPoint: RAG and direction of the entry shown, as for its own period', () => {
  it('compares with the figure before that one and the same period a year earlier', () => {
    // P3.17: 108 days in Q1, 128 in Q2 2018-19 against a 121-day target; H1-style quarters of 2017-18 before them.
    const p317 = buildIndicator({
      ref: 'P3.17',
      polarity: 'low-is-good',
      unit: 'days',
      target: { kind: 'number', value: 121 },
      values: [num('2017-18-Q2', 81), num('2018-19-Q1', 108), num('2018-19-Q2', 128)],
    })
    const a = assessAtPoint(p317, q(2018, 3), periods)
    expect(a.periodId).toBe('2018-19-Q2')
    expect(a.at).toMatchObject({ point: { id: '2018-19-Q3' }, freshness: 'late', forPoint: false })
    expect(a.rag.rating).toBe('red')
    expect(a.direction).toMatchObject({ raw: 'up', from: { periodId: '2018-19-Q1' } })
    expect(a.yearOnYear).toMatchObject({ raw: 'up', from: { periodId: '2017-18-Q2' } })
    expect(isMissing(a)).toBe(true)
  })

  it('a current figure is not missing; a missing status is; nothing yet by the point has no entry', () => {
    const g1 = buildIndicator({ values: [num('2018-19-Q1', 496), num('2018-19-Q2', 495)] })
    expect(isMissing(assessAtPoint(g1, Q2, periods))).toBe(false)
    const p216 = buildIndicator({ values: [status('2018-19-Q2', 'under-development')] })
    expect(isMissing(assessAtPoint(p216, Q2, periods))).toBe(true)
    const none = assessAtPoint(g1, q(2017, 3), periods)
    expect(none.cell).toBeUndefined()
    expect(none.at).toBeUndefined()
    expect(isMissing(none)).toBe(false)
  })
})
