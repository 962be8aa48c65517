// The period a column heading names, in the spellings councils' spreadsheets
// use: financial quarters ("Q1 2016/17", "16/17 Q1", "2016-17 Q1", "Qu 1
// 18-19"), year ends ("Yr. end 17-18"), financial years ("12/13", "2013-14"),
// calendar years ("2014"), academic years and terms, months ("Sep 2020",
// "September 2020", "2020-09") and dates ("30/09/2020", "as at 15 Feb 2022").
// Each period comes from the one builder for its kind, so a heading and a
// figure typed on the entry form give the same id. A bare "Quarter 1" needs
// a year from elsewhere (the sheet's title, the reporting year) or a person.
import {
  academicYearPeriod,
  calendarYearPeriod,
  datePeriod,
  financialYearPeriod,
  isRealDate,
  monthPeriod,
  termPeriod,
} from '../calendarPeriods'
import { parseFinancialPeriodId, paperPeriodHeader, quarterPeriod, yearEndPeriod } from '../financialYear'
import type { Period } from '../scorecardSchema'

export type Quarter = 1 | 2 | 3 | 4

export type PeriodHeading = { kind: 'period'; period: Period } | { kind: 'undated-quarter'; quarter: Quarter }

export type PeriodContext = {
  /** The financial year (its starting year) a bare "Quarter 1" belongs to, when the sheet says. */
  financialYearStart?: number
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const
const MONTH_WORD = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
const monthNumber = (word: string) => MONTHS.indexOf(word.slice(0, 3) as (typeof MONTHS)[number]) + 1

/** "18-19", "2018/19", "2018-2019", "16/17": two years; the first is returned when they follow each other. */
const YEAR_PAIR = String.raw`(\d{2}|\d{4})\s*[-/]\s*(\d{2}|\d{4})`
const YEAR_PAIR_SPACED = String.raw`(\d{2}|\d{4})\s*[-/ ]\s*(\d{2}|\d{4})`
const QUARTER_WORD = String.raw`(?:qu|qtr|quarter|q)\.?\s*([1-4])`

const QUARTER_FIRST = new RegExp(String.raw`^${QUARTER_WORD}\s*(?:of\s*)?${YEAR_PAIR_SPACED}$`)
const YEAR_FIRST_QUARTER = new RegExp(String.raw`^${YEAR_PAIR}\s*${QUARTER_WORD}$`)
const BARE_QUARTER = new RegExp(String.raw`^${QUARTER_WORD}$`)
const YEAR_END = new RegExp(String.raw`^(?:yr|year|y)\.?\s*-?\s*end\s*${YEAR_PAIR_SPACED}$|^ye\s*${YEAR_PAIR_SPACED}$`)
const FINANCIAL_YEAR = new RegExp(String.raw`^(?:fy|financial year|outturn|actual|annual)?\s*${YEAR_PAIR}\s*(?:outturn|actuals?|fy)?$`)
const ACADEMIC_YEAR = new RegExp(
  String.raw`^(?:ay|academic year|academic yr|school year)\s*${YEAR_PAIR}$|^${YEAR_PAIR}\s*(?:ay|academic year|academic yr|school year)$`,
)
const CALENDAR_YEAR = /^(?:cy|calendar year)?\s*((?:19|20)\d{2})$/
const TERM = new RegExp(String.raw`^(autumn|spring|summer)(?: term)?\s*(?:(\d{4})|${YEAR_PAIR})$`)
const MONTH_NAMED = new RegExp(String.raw`^${MONTH_WORD}\s*['’-]?\s*(\d{4}|\d{2})$`)
const MONTH_ISO = /^(\d{4})-(\d{2})$/
const MONTH_NUMERIC = /^(\d{1,2})\/(\d{4})$/
const DATE_PREFIX = /^(?:as (?:at|of)|position (?:at|as at)|snapshot(?: at| on)?|at|on)\s+/
const DATE_NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_WORDS = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?[\s-]*${MONTH_WORD}[\s,-]*(\d{4}|\d{2})$`)

/** Two-digit years are this century's, except 70–99, which are the last century's ("95-96" is 1995-96). */
const fullYear = (text: string) => (text.length === 2 ? (Number(text) >= 70 ? 1900 : 2000) + Number(text) : Number(text))
const pad = (n: number) => String(n).padStart(2, '0')

/** The year the financial year starts in, when the two years follow each other ("18-19", "2018/2019"). */
export function startYearOf(first: string, second: string): number | undefined {
  const start = fullYear(first)
  const end = Number(second) % 100
  return (start + 1) % 100 === end ? start : undefined
}

function dated(year: number, month: number, day: number): PeriodHeading | null {
  const iso = `${year}-${pad(month)}-${pad(day)}`
  return isRealDate(iso) ? { kind: 'period', period: datePeriod(iso) } : null
}

const period = (p: Period): PeriodHeading => ({ kind: 'period', period: p })

/** Lower case, one space, no stray brackets such as "(Apr-Jun)" beside a quarter. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\((?:[a-z]{3,9})\s*[-–]\s*(?:[a-z]{3,9})\)/g, ' ')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-•*]+\s*/, '')
    .replace(/\s*([/-])\s*/g, '$1')
}

/** The period a heading names, or null when it names none. */
export function readPeriodHeading(text: string, context: PeriodContext = {}): PeriodHeading | null {
  const heading = normalise(text)
  if (heading === '' || heading.length > 60) return null

  let m = QUARTER_FIRST.exec(heading)
  if (m) {
    const start = startYearOf(m[2]!, m[3]!)
    return start === undefined ? null : period(quarterPeriod(start, Number(m[1]) as Quarter))
  }
  m = YEAR_FIRST_QUARTER.exec(heading)
  if (m) {
    const start = startYearOf(m[1]!, m[2]!)
    return start === undefined ? null : period(quarterPeriod(start, Number(m[3]) as Quarter))
  }
  m = BARE_QUARTER.exec(heading)
  if (m) {
    const quarter = Number(m[1]) as Quarter
    const start = context.financialYearStart
    return start === undefined ? { kind: 'undated-quarter', quarter } : period(quarterPeriod(start, quarter))
  }
  m = YEAR_END.exec(heading)
  if (m) {
    const [first, second] = m[1] ? [m[1], m[2]!] : [m[3]!, m[4]!]
    const start = startYearOf(first, second)
    return start === undefined ? null : period(yearEndPeriod(start))
  }
  m = ACADEMIC_YEAR.exec(heading)
  if (m) {
    const [first, second] = m[1] ? [m[1], m[2]!] : [m[3]!, m[4]!]
    const start = startYearOf(first, second)
    return start === undefined ? null : period(academicYearPeriod(start))
  }
  m = TERM.exec(heading)
  if (m) {
    const term = m[1] as 'autumn' | 'spring' | 'summer'
    if (m[2]) {
      const year = Number(m[2])
      return period(termPeriod(term === 'autumn' ? year : year - 1, term))
    }
    const start = startYearOf(m[3]!, m[4]!)
    return start === undefined ? null : period(termPeriod(start, term))
  }
  // "2020-09" is September 2020, but "2019-20" is a financial year: consecutive years win.
  m = MONTH_ISO.exec(heading)
  if (m && startYearOf(m[1]!, m[2]!) === undefined) {
    const month = Number(m[2])
    return month >= 1 && month <= 12 ? period(monthPeriod(Number(m[1]), month)) : null
  }
  m = FINANCIAL_YEAR.exec(heading)
  if (m) {
    const start = startYearOf(m[1]!, m[2]!)
    if (start !== undefined) return period(financialYearPeriod(start))
  }
  m = CALENDAR_YEAR.exec(heading)
  if (m) return period(calendarYearPeriod(Number(m[1])))
  m = MONTH_NAMED.exec(heading)
  if (m) return period(monthPeriod(fullYear(m[2]!), monthNumber(m[1]!)))
  m = MONTH_NUMERIC.exec(heading)
  if (m) {
    const month = Number(m[1])
    return month >= 1 && month <= 12 ? period(monthPeriod(Number(m[2]), month)) : null
  }

  const date = heading.replace(DATE_PREFIX, '')
  m = DATE_ISO.exec(date)
  if (m) return dated(Number(m[1]), Number(m[2]), Number(m[3]))
  // Day first, as English councils write dates: 30/09/2020.
  m = DATE_NUMERIC.exec(date)
  if (m) return dated(fullYear(m[3]!), Number(m[2]), Number(m[1]))
  m = DATE_WORDS.exec(date)
  if (m) return dated(fullYear(m[3]!), monthNumber(m[2]!), Number(m[1]))
  return null
}

/**
 * The financial year a sheet's title names ("Scorecard 2016/17", "Q2 2018-19
 * report"), for bare "Quarter 1" headings; undefined when it names none or several.
 */
export function financialYearInText(text: string): number | undefined {
  const years = new Set<number>()
  for (const m of text.matchAll(/(?<!\d)(\d{4}|\d{2})\s*[-/]\s*(\d{2}|\d{4})(?!\d)/g)) {
    const start = startYearOf(m[1]!, m[2]!)
    if (start !== undefined && start >= 1990 && start <= 2099) years.add(start)
  }
  return years.size === 1 ? [...years][0] : undefined
}

/**
 * A heading for a period that readPeriodHeading reads back as the same
 * period: what a template or export writes above a column of figures. A
 * multi-year span has no such heading; undefined then.
 */
export function headingOfPeriod(period: Period): string | undefined {
  const financial = parseFinancialPeriodId(period.id)
  if (financial) return paperPeriodHeader(period)
  switch (period.kind) {
    case 'as-at':
      return `As at ${period.label}`
    case 'multi-year':
    case 'quarter':
    case 'year-end':
      return undefined
    default:
      return period.label
  }
}
