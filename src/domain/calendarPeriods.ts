// Periods that are not financial quarters: calendar months, single dates,
// calendar, financial and academic years, school terms and multi-year spans.
// One builder for each kind, so a period typed on the entry form, read from a
// spreadsheet heading or converted from official statistics gets the same id,
// label and dates wherever it comes from (financial quarters and year ends
// are in financialYear.ts). Ids are stable and sortable within a kind; labels
// are what a person reads.
import { financialYear } from './financialYear'
import type { Period } from './scorecardSchema'

const pad = (n: number) => String(n).padStart(2, '0')

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** The number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** True for a real calendar date written YYYY-MM-DD (no 31 April, no 29 February 2019). */
export function isRealDate(isoDate: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** "30 September 2020" for 2020-09-30. */
export function formatLongDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number]
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`
}

/** A calendar month (month 1–12): id "2020-09", label "September 2020". */
export function monthPeriod(year: number, month: number): Period {
  return {
    id: `${year}-${pad(month)}`,
    label: `${MONTH_NAMES[month - 1]} ${year}`,
    kind: 'month',
    start: `${year}-${pad(month)}-01`,
    end: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`,
  }
}

/** A snapshot on one date ("as at 15 February 2022"): id "2022-02-15", start = end. */
export function datePeriod(isoDate: string): Period {
  return { id: isoDate, label: formatLongDate(isoDate), kind: 'as-at', start: isoDate, end: isoDate }
}

/** A calendar year, January to December: id "2020", label "2020". */
export function calendarYearPeriod(year: number): Period {
  return { id: String(year), label: String(year), kind: 'calendar-year', start: `${year}-01-01`, end: `${year}-12-31` }
}

/**
 * A whole UK financial year, April to March: id "2018-19", label "2018-19",
 * kind `annual` (as in the seed files). Its year-end snapshot, at 31 March, is
 * yearEndPeriod in financialYear.ts.
 */
export function financialYearPeriod(startYear: number): Period {
  const fy = financialYear(startYear)
  return { id: fy, label: fy, kind: 'annual', start: `${startYear}-04-01`, end: `${startYear + 1}-03-31` }
}

/** An academic year, 1 September to 31 August: id "AY2018-19", label "Academic year 2018/19". */
export function academicYearPeriod(startYear: number): Period {
  return {
    id: `AY${financialYear(startYear)}`,
    label: `Academic year ${startYear}/${pad((startYear + 1) % 100)}`,
    kind: 'academic-year',
    start: `${startYear}-09-01`,
    end: `${startYear + 1}-08-31`,
  }
}

export const TERMS = ['autumn', 'spring', 'summer'] as const
export type Term = (typeof TERMS)[number]

// School terms vary by council and year (Easter moves), so a term here is the
// window that always holds it: autumn September–December, spring January–April,
// summer May–August. A figure is filed by its term, not by these dates.
const TERM_WINDOWS: Record<Term, { start: string; end: string; nextYear: boolean; name: string }> = {
  autumn: { start: '09-01', end: '12-31', nextYear: false, name: 'Autumn' },
  spring: { start: '01-01', end: '04-30', nextYear: true, name: 'Spring' },
  summer: { start: '05-01', end: '08-31', nextYear: true, name: 'Summer' },
}

/** A school term of the academic year starting in September of `startYear`: id "2018-19-autumn", label "Autumn term 2018". */
export function termPeriod(startYear: number, term: Term): Period {
  const window = TERM_WINDOWS[term]
  const year = window.nextYear ? startYear + 1 : startYear
  return {
    id: `${financialYear(startYear)}-${term}`,
    label: `${window.name} term ${year}`,
    kind: 'term',
    start: `${year}-${window.start}`,
    end: `${year}-${window.end}`,
  }
}

/**
 * Several whole years reported as one figure (a three-year average): calendar
 * years "2014-16" (January 2014 to December 2016) or financial years "2011-14"
 * (April 2011 to March 2014, as the seeds' adoption scorecard prints it).
 */
export function multiYearPeriod(firstYear: number, lastYear: number, basis: 'calendar' | 'financial'): Period {
  if (basis === 'calendar') {
    const id = `${firstYear}-${pad(lastYear % 100)}`
    return {
      id: `CY${id}`,
      label: `${firstYear} to ${lastYear}`,
      kind: 'multi-year',
      start: `${firstYear}-01-01`,
      end: `${lastYear}-12-31`,
    }
  }
  // Financial: "2011-14" is 2011-12, 2012-13 and 2013-14, so it ends in March of lastYear.
  const id = `${firstYear}-${pad(lastYear % 100)}`
  return { id, label: id, kind: 'multi-year', start: `${firstYear}-04-01`, end: `${lastYear}-03-31` }
}
