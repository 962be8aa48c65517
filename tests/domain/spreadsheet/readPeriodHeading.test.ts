// Every heading spelling the importer reads without help, each with the period it names.
import { describe, expect, it } from 'vitest'
import {
  academicYearPeriod,
  calendarYearPeriod,
  datePeriod,
  financialYearPeriod,
  monthPeriod,
  termPeriod,
} from '../../../src/domain/calendarPeriods'
import { quarterPeriod, yearEndPeriod } from '../../../src/domain/financialYear'
import type { Period } from '../../../src/domain/scorecardSchema'
import { financialYearInText, headingOfPeriod, readPeriodHeading } from '../../../src/domain/spreadsheet/readPeriodHeading'

const idOf = (text: string, context = {}) => {
  const read = readPeriodHeading(text, context)
  return read?.kind === 'period' ? read.period.id : read
}

describe('readPeriodHeading', () => {
  it.each([
    // Financial quarters, in every common spelling.
    ['Q1 2016/17', '2016-17-Q1'],
    ['Q1 2016-17', '2016-17-Q1'],
    ['Q1 16/17', '2016-17-Q1'],
    ['16/17 Q1', '2016-17-Q1'],
    ['2016-17 Q1', '2016-17-Q1'],
    ['2016/17 Q2', '2016-17-Q2'],
    ['Qu 1 18-19', '2018-19-Q1'],
    ['Qu 3 18 19', '2018-19-Q3'],
    ['- Qu 4 18 19', '2018-19-Q4'],
    ['Qtr 2 2018/19', '2018-19-Q2'],
    ['Quarter 1 2016-17', '2016-17-Q1'],
    ['Q1 (Apr-Jun) 2016/17', '2016-17-Q1'],
    // Year ends.
    ['Yr. end 17-18', '2017-18-YE'],
    ['Year end 2017-18', '2017-18-YE'],
    ['YE 17-18', '2017-18-YE'],
    // Financial years.
    ['12/13', '2012-13'],
    ['13/14', '2013-14'],
    ['2013-14', '2013-14'],
    ['2013/14', '2013-14'],
    ['2013-2014', '2013-14'],
    ['Outturn 2019/20', '2019-20'],
    ['FY 2019-20', '2019-20'],
    // Calendar years, academic years and terms.
    ['2014', '2014'],
    ['Academic year 2018/19', 'AY2018-19'],
    ['AY 2018-19', 'AY2018-19'],
    ['Autumn term 2018', '2018-19-autumn'],
    ['Spring 2019', '2018-19-spring'],
    ['Summer term 2019', '2018-19-summer'],
    // Months.
    ['Sep 2020', '2020-09'],
    ['Sept 2020', '2020-09'],
    ['September 2020', '2020-09'],
    ['Sep-20', '2020-09'],
    ["Sep '20", '2020-09'],
    ['2020-09', '2020-09'],
    ['09/2020', '2020-09'],
    ['December 2017', '2017-12'],
    // Dates.
    ['30/09/2020', '2020-09-30'],
    ['30.09.2020', '2020-09-30'],
    ['30/09/20', '2020-09-30'],
    ['2020-09-30', '2020-09-30'],
    ['as at 15 Feb 2022', '2022-02-15'],
    ['As at 31/03/2021', '2021-03-31'],
    ['Position at 31st March 2021', '2021-03-31'],
    ['15-Feb-2022', '2022-02-15'],
  ])('%j is %s', (heading, id) => {
    expect(idOf(heading)).toBe(id)
  })

  it('gives each period from its kind’s one builder', () => {
    const read = (text: string) => (readPeriodHeading(text) as { period: Period }).period
    expect(read('Q1 2016/17')).toEqual(quarterPeriod(2016, 1))
    expect(read('Yr. end 17-18')).toEqual(yearEndPeriod(2017))
    expect(read('12/13')).toEqual(financialYearPeriod(2012))
    expect(read('2014')).toEqual(calendarYearPeriod(2014))
    expect(read('Academic year 2018/19')).toEqual(academicYearPeriod(2018))
    expect(read('Spring 2019')).toEqual(termPeriod(2018, 'spring'))
    expect(read('Sep 2020')).toEqual(monthPeriod(2020, 9))
    expect(read('as at 15 Feb 2022')).toEqual(datePeriod('2022-02-15'))
  })

  it('a month is a month and a date a date: never a quarter', () => {
    expect(readPeriodHeading('Jan 2019')).toMatchObject({ period: { kind: 'month', start: '2019-01-01', end: '2019-01-31' } })
    expect(readPeriodHeading('31/01/2019')).toMatchObject({ period: { kind: 'as-at', start: '2019-01-31', end: '2019-01-31' } })
  })

  it('a bare quarter takes its year from the sheet, or says it needs one', () => {
    expect(readPeriodHeading('Quarter 1')).toEqual({ kind: 'undated-quarter', quarter: 1 })
    expect(readPeriodHeading('Q3')).toEqual({ kind: 'undated-quarter', quarter: 3 })
    expect(idOf('Quarter 1', { financialYearStart: 2016 })).toBe('2016-17-Q1')
  })

  it.each(['', 'Qu 1 18-20', 'Qu 5 18-19', 'Yr. end 17-19', '31/02/2020', '13/2020', 'Sep 2020 to date', 'Notes', '2011-14'])(
    '%j names no period',
    (heading) => {
      expect(readPeriodHeading(heading)).toBeNull()
    },
  )

  it('"2019-20" is a financial year but "2020-09" is a month', () => {
    expect(readPeriodHeading('2019-20')).toMatchObject({ period: { kind: 'annual' } })
    expect(readPeriodHeading('2020-09')).toMatchObject({ period: { kind: 'month' } })
  })
})

describe('headingOfPeriod', () => {
  it.each([
    quarterPeriod(2025, 1),
    yearEndPeriod(2017),
    financialYearPeriod(2020),
    calendarYearPeriod(2016),
    academicYearPeriod(2021),
    termPeriod(2018, 'autumn'),
    termPeriod(2018, 'summer'),
    monthPeriod(2020, 9),
    datePeriod('2025-09-30'),
  ])('%o reads back as itself', (period) => {
    const heading = headingOfPeriod(period)!
    expect(readPeriodHeading(heading)).toEqual({ kind: 'period', period })
  })
})

describe('financialYearInText', () => {
  it.each([
    ['Corporate Parenting Scorecard 2016/17', 2016],
    ['Reporting year 2025-26', 2025],
    ['Q2 18-19 report', 2018],
    ['Scorecard', undefined],
    ['2016/17 compared with 2017/18', undefined],
  ])('%j → %s', (text, year) => {
    expect(financialYearInText(text)).toBe(year)
  })
})
