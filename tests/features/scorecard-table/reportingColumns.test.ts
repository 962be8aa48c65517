import { describe, expect, it } from 'vitest'
import type { Period } from '../../../src/domain/scorecardSchema'
import { columnPeriods, reportingColumns, trendValues } from '../../../src/features/scorecard-table/reportingColumns'
import { buildIndicator, num, status } from '../../support/buildIndicator'

const period = (id: string, kind: Period['kind'], start: string, end: string): Period => ({ id, label: id, kind, start, end })
const PERIODS: Period[] = [
  period('2018-19-Q4', 'quarter', '2019-01-01', '2019-03-31'),
  period('2018-19-Q2', 'quarter', '2018-07-01', '2018-09-30'),
  period('2016-17-YE', 'year-end', '2016-04-01', '2017-03-31'),
  period('2017-18-YE', 'year-end', '2017-04-01', '2018-03-31'),
  period('2018-19-Q1', 'quarter', '2018-04-01', '2018-06-30'),
  period('2018-19-Q3', 'quarter', '2018-10-01', '2018-12-31'),
  period('2017-18-Q4', 'quarter', '2018-01-01', '2018-03-31'),
  period('2017-12', 'month', '2017-12-01', '2017-12-31'),
  period('2013-14', 'annual', '2013-04-01', '2014-03-31'),
]
const byId = (id: string) => PERIODS.find((p) => p.id === id)!
const ids = (periods: Period[]) => periods.map((p) => p.id)

describe('reportingColumns', () => {
  it("shows the previous year end and the four quarters of the chosen quarter's year, as on the paper", () => {
    const columns = reportingColumns(PERIODS, byId('2018-19-Q2'))
    expect(columns.previousYearEnd?.id).toBe('2017-18-YE')
    expect(ids(columns.quarters)).toEqual(['2018-19-Q1', '2018-19-Q2', '2018-19-Q3', '2018-19-Q4'])
    expect(columns.extra).toBeUndefined()
    expect(ids(columnPeriods(columns))).toEqual(['2017-18-YE', '2018-19-Q1', '2018-19-Q2', '2018-19-Q3', '2018-19-Q4'])
  })

  it('adds the chosen period as its own column when it is not a quarter', () => {
    const columns = reportingColumns(PERIODS, byId('2017-18-YE'))
    expect(columns.previousYearEnd?.id).toBe('2016-17-YE')
    expect(ids(columns.quarters)).toEqual(['2017-18-Q4'])
    expect(columns.extra?.id).toBe('2017-18-YE')
    expect(ids(columnPeriods(reportingColumns(PERIODS, byId('2017-12'))))).toEqual(['2016-17-YE', '2017-18-Q4', '2017-12'])
  })

  it('has no previous year end when none is earlier', () => {
    const columns = reportingColumns(PERIODS, byId('2013-14'))
    expect(columns.previousYearEnd).toBeUndefined()
    expect(ids(columnPeriods(columns))).toEqual(['2013-14'])
  })
})

describe('trendValues', () => {
  it("gives the row's figures up to the chosen period, null where there is no figure", () => {
    const indicator = buildIndicator({
      values: [num('2017-18-YE', 5), status('2018-19-Q1', 'suppressed'), num('2018-19-Q2', 7), num('2018-19-Q3', 9)],
    })
    const q2 = byId('2018-19-Q2')
    expect(trendValues(indicator, reportingColumns(PERIODS, q2), q2)).toEqual([5, null, 7])
    const q4 = byId('2018-19-Q4')
    expect(trendValues(indicator, reportingColumns(PERIODS, q4), q4)).toEqual([5, null, 7, 9, null])
  })
})
