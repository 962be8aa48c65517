// Which of the council's periods is the same as a published year.
import { describe, expect, it } from 'vitest'
import { matchesOfficialPeriod, officialYearIndex } from '../../../src/domain/official/matchOfficialPeriod'
import type { OfficialPeriod } from '../../../src/domain/official/officialDataset'
import type { Period } from '../../../src/domain/scorecardSchema'
import { readMeasures } from '../../support/officialFiles'

const own = (kind: Period['kind'], start: string, end: string) => ({ kind, start, end })
const official = (kind: OfficialPeriod['kind'], start: string, end: string): OfficialPeriod => ({ text: 'x', kind, start, end, label: 'x' })

const YE_2017_18 = own('year-end', '2017-04-01', '2018-03-31')
const ANNUAL_2017_18 = own('annual', '2017-04-01', '2018-03-31')
const Q4_2017_18 = own('quarter', '2018-01-01', '2018-03-31')
const AS_AT_31_MARCH = own('as-at', '2018-03-31', '2018-03-31')
const AS_AT_JULY = own('as-at', '2015-07-06', '2015-07-06')
const MULTI = own('multi-year', '2011-04-01', '2014-03-31')

describe('matchesOfficialPeriod', () => {
  it.each([
    // A snapshot on 31 March 2018 (LACnum "2018"): the year-end position, or a figure as at that date.
    ['snapshot', official('snapshot', '2018-03-31', '2018-03-31'), [YE_2017_18, AS_AT_31_MARCH], [ANNUAL_2017_18, Q4_2017_18, AS_AT_JULY]],
    // The year ending 31 March 2018 (health checks, adoptions "2018"): the year-end or annual figure for those dates.
    ['year-ending', official('year-ending', '2017-04-01', '2018-03-31'), [YE_2017_18, ANNUAL_2017_18], [Q4_2017_18, AS_AT_31_MARCH]],
    ['financial-year', official('financial-year', '2017-04-01', '2018-03-31'), [YE_2017_18, ANNUAL_2017_18], [Q4_2017_18]],
    // An academic year has other dates than the council's financial years.
    [
      'academic-year',
      official('academic-year', '2017-09-01', '2018-08-31'),
      [own('academic-year', '2017-09-01', '2018-08-31')],
      [YE_2017_18, ANNUAL_2017_18],
    ],
    [
      'calendar-year',
      official('calendar-year', '2016-01-01', '2016-12-31'),
      [own('calendar-year', '2016-01-01', '2016-12-31')],
      [YE_2017_18],
    ],
    ['multi-year', official('multi-year', '2011-04-01', '2014-03-31'), [MULTI], [YE_2017_18]],
    ['january-census', official('january-census', '2016-01-01', '2016-01-31'), [own('as-at', '2016-01-21', '2016-01-21')], [AS_AT_JULY]],
  ] as const)('%s', (_kind, period, matching, other) => {
    for (const p of matching) expect(matchesOfficialPeriod(p, period), JSON.stringify(p)).toBe(true)
    for (const p of other) expect(matchesOfficialPeriod(p, period), JSON.stringify(p)).toBe(false)
  })

  it('finds the published year of the seed’s year-end 2017-18 for real measures', () => {
    const measures = readMeasures()
    const yearOf = (code: string) =>
      measures.find((m) => m.code === code)!.years[officialYearIndex(YE_2017_18, measures.find((m) => m.code === code)!.years)]
    expect(yearOf('LACnum')).toMatchObject({ text: '2018', label: '31 March 2018' })
    expect(yearOf('LACHealth%')).toMatchObject({ text: '2018', label: 'year ending 31 March 2018' })
    // The workforce year ends on 30 September: no council year-end matches it.
    expect(officialYearIndex(YE_2017_18, measures.find((m) => m.code === 'Work_Force_TO_Rate')!.years)).toBe(-1)
  })
})
