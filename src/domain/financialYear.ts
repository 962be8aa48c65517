// UK financial years (1 April to 31 March) and their periods: quarters and
// year ends, built to the same ids, labels and dates as the seed files
// (docs/transcription-conventions.md) so entered and imported periods merge
// with them, and named as the paper scorecard names them ("Qu 1 18-19",
// "Yr. end 17-18").
import type { Period } from './scorecardSchema'

const pad = (n: number) => String(n).padStart(2, '0')

/** "2018-19" for the year starting April 2018. */
export function financialYear(startYear: number): string {
  return `${startYear}-${pad((startYear + 1) % 100)}`
}

/** 1 April of the UK financial year containing the date. */
export function financialYearStart(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number) as [number, number]
  return `${month >= 4 ? year : year - 1}-04-01`
}

/** 31 March that ends the financial year starting on `start` (a 1 April). */
export function financialYearEnd(start: string): string {
  return `${Number(start.slice(0, 4)) + 1}-03-31`
}

/** "18-19": the short form the paper uses in column headers. */
export function shortFinancialYear(startYear: number): string {
  return `${pad(startYear % 100)}-${pad((startYear + 1) % 100)}`
}

const QUARTER_MONTHS = [
  { start: '04-01', end: '06-30', nextYear: false },
  { start: '07-01', end: '09-30', nextYear: false },
  { start: '10-01', end: '12-31', nextYear: false },
  { start: '01-01', end: '03-31', nextYear: true },
] as const

export function quarterPeriod(startYear: number, quarter: 1 | 2 | 3 | 4): Period {
  const months = QUARTER_MONTHS[quarter - 1]!
  const year = months.nextYear ? startYear + 1 : startYear
  const fy = financialYear(startYear)
  return {
    id: `${fy}-Q${quarter}`,
    label: `Q${quarter} ${fy}`,
    kind: 'quarter',
    start: `${year}-${months.start}`,
    end: `${year}-${months.end}`,
  }
}

export function yearEndPeriod(startYear: number): Period {
  const fy = financialYear(startYear)
  return { id: `${fy}-YE`, label: `Year end ${fy}`, kind: 'year-end', start: `${startYear}-04-01`, end: `${startYear + 1}-03-31` }
}

export type FinancialPeriodId = { kind: 'quarter'; startYear: number; quarter: 1 | 2 | 3 | 4 } | { kind: 'year-end'; startYear: number }

/** Reads an id such as "2018-19-Q3" or "2017-18-YE"; undefined for other kinds of period. */
export function parseFinancialPeriodId(id: string): FinancialPeriodId | undefined {
  const match = /^(\d{4})-(\d{2})-(Q[1-4]|YE)$/.exec(id)
  if (!match) return undefined
  const startYear = Number(match[1])
  if ((startYear + 1) % 100 !== Number(match[2])) return undefined
  if (match[3] === 'YE') return { kind: 'year-end', startYear }
  return { kind: 'quarter', startYear, quarter: Number(match[3]!.slice(1)) as 1 | 2 | 3 | 4 }
}

/** The quarter after a quarter (Q4 → Q1 of the next year), or Q1 after a year end. */
export function nextQuarter(periodId: string): Period | undefined {
  const read = parseFinancialPeriodId(periodId)
  if (!read) return undefined
  if (read.kind === 'year-end') return quarterPeriod(read.startYear + 1, 1)
  return read.quarter === 4 ? quarterPeriod(read.startYear + 1, 1) : quarterPeriod(read.startYear, (read.quarter + 1) as 2 | 3 | 4)
}

/** The quarter before a quarter (Q1 → Q4 of the year before), or undefined for any other period. */
export function previousQuarter(periodId: string): Period | undefined {
  const read = parseFinancialPeriodId(periodId)
  if (!read || read.kind !== 'quarter') return undefined
  return read.quarter === 1 ? quarterPeriod(read.startYear - 1, 4) : quarterPeriod(read.startYear, (read.quarter - 1) as 1 | 2 | 3)
}

/** The columns of the paper layout for a report period: the previous year end, then Q1 to Q4. */
export function paperColumnPeriods(reportPeriodId: string): Period[] | undefined {
  const read = parseFinancialPeriodId(reportPeriodId)
  if (!read) return undefined
  const year = read.kind === 'year-end' ? read.startYear + 1 : read.startYear
  return [yearEndPeriod(year - 1), quarterPeriod(year, 1), quarterPeriod(year, 2), quarterPeriod(year, 3), quarterPeriod(year, 4)]
}

/** Column header text in the paper's own style: "Yr. end 17-18", "Qu 1 18-19". */
export function paperPeriodHeader(period: Period): string {
  const read = parseFinancialPeriodId(period.id)
  if (!read) return period.label
  return read.kind === 'year-end'
    ? `Yr. end ${shortFinancialYear(read.startYear)}`
    : `Qu ${read.quarter} ${shortFinancialYear(read.startYear)}`
}
