import { describe, expect, it } from 'vitest'
import {
  academicYearPeriod,
  calendarYearPeriod,
  datePeriod,
  daysInMonth,
  financialYearPeriod,
  isRealDate,
  monthPeriod,
  multiYearPeriod,
  termPeriod,
} from '../../src/domain/calendarPeriods'
import { PeriodSchema } from '../../src/domain/scorecardSchema'
import { loadSeedScorecard } from '../support/seedFiles'

describe('calendar periods', () => {
  it('builds a month with its real last day, leap years included', () => {
    expect(monthPeriod(2020, 9)).toEqual({ id: '2020-09', label: 'September 2020', kind: 'month', start: '2020-09-01', end: '2020-09-30' })
    expect(monthPeriod(2020, 2).end).toBe('2020-02-29')
    expect(monthPeriod(2019, 2).end).toBe('2019-02-28')
    expect(monthPeriod(1900, 2).end).toBe('1900-02-28')
    expect(monthPeriod(2000, 2).end).toBe('2000-02-29')
    expect(monthPeriod(2018, 12).end).toBe('2018-12-31')
  })

  it('tells real dates from impossible ones', () => {
    expect(isRealDate('2020-02-29')).toBe(true)
    expect(isRealDate('2019-02-29')).toBe(false)
    expect(isRealDate('2020-04-31')).toBe(false)
    expect(isRealDate('2020-13-01')).toBe(false)
    expect(isRealDate('20-1-1')).toBe(false)
    expect(daysInMonth(2021, 4)).toBe(30)
  })

  it('builds a dated snapshot whose start and end are the date', () => {
    expect(datePeriod('2022-02-15')).toEqual({
      id: '2022-02-15',
      label: '15 February 2022',
      kind: 'as-at',
      start: '2022-02-15',
      end: '2022-02-15',
    })
  })

  it('builds calendar, financial and academic years with their own dates', () => {
    expect(calendarYearPeriod(2016)).toMatchObject({ id: '2016', kind: 'calendar-year', start: '2016-01-01', end: '2016-12-31' })
    expect(financialYearPeriod(2013)).toMatchObject({
      id: '2013-14',
      label: '2013-14',
      kind: 'annual',
      start: '2013-04-01',
      end: '2014-03-31',
    })
    expect(academicYearPeriod(2018)).toMatchObject({
      id: 'AY2018-19',
      label: 'Academic year 2018/19',
      kind: 'academic-year',
      start: '2018-09-01',
      end: '2019-08-31',
    })
    expect(financialYearPeriod(1999).id).toBe('1999-00')
  })

  it('builds the three terms of an academic year, in order and without gaps', () => {
    const terms = (['autumn', 'spring', 'summer'] as const).map((t) => termPeriod(2018, t))
    expect(terms.map((t) => t.label)).toEqual(['Autumn term 2018', 'Spring term 2019', 'Summer term 2019'])
    expect(terms.map((t) => [t.start, t.end])).toEqual([
      ['2018-09-01', '2018-12-31'],
      ['2019-01-01', '2019-04-30'],
      ['2019-05-01', '2019-08-31'],
    ])
  })

  it('builds multi-year spans on a calendar or a financial basis', () => {
    expect(multiYearPeriod(2014, 2016, 'calendar')).toMatchObject({ id: 'CY2014-16', start: '2014-01-01', end: '2016-12-31' })
    expect(multiYearPeriod(2011, 2014, 'financial')).toMatchObject({ id: '2011-14', start: '2011-04-01', end: '2014-03-31' })
  })

  it('builds periods the file format accepts', () => {
    for (const period of [
      monthPeriod(2020, 2),
      datePeriod('2020-09-30'),
      calendarYearPeriod(2020),
      financialYearPeriod(2020),
      academicYearPeriod(2020),
      termPeriod(2020, 'spring'),
      multiYearPeriod(2014, 2016, 'calendar'),
    ]) {
      expect(PeriodSchema.safeParse(period).success, period.id).toBe(true)
    }
  })

  it('gives the seed files’ own ids, kinds and dates for the kinds they use', () => {
    // The earlier-figures seed was transcribed by hand; the builders must agree with it (labels may say more).
    const byId = new Map(loadSeedScorecard().periods.map((p) => [p.id, p]))
    for (const built of [
      financialYearPeriod(2013),
      monthPeriod(2017, 12),
      multiYearPeriod(2011, 2014, 'financial'),
      datePeriod('2015-07-06'),
    ]) {
      const seeded = byId.get(built.id)
      expect(seeded, built.id).toBeDefined()
      expect({ ...built, label: seeded!.label }).toEqual(seeded)
    }
  })
})
