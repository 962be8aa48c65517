// A new council's scorecard, started from nothing but what the officer
// chose: the council (from the official list), a title, the reporting year,
// its own sections (themes or pledges, in its own words) and, if wanted,
// official measures as indicators with their polarity, unit and past years'
// figures from the DfE's published data, each figure sourced to that
// dataset. Nothing of any other council is carried into it.
import { academicYearPeriod, calendarYearPeriod, datePeriod, financialYearPeriod, multiYearPeriod } from '../calendarPeriods'
import { financialYear, quarterPeriod, yearEndPeriod } from '../financialYear'
import {
  STATUS_TEXT,
  statusOf,
  type CouncilFile,
  type OfficialMeasure,
  type OfficialPeriod,
  type SourceRef,
} from '../official/officialDataset'
import { sortPeriods } from '../periods'
import {
  FORMAT_ID,
  type Cohort,
  type Indicator,
  type Period,
  type Polarity,
  type Scorecard,
  type SourceDocument,
  type ValueCell,
} from '../scorecardSchema'
import { SectionResolver } from './sectionFromTitle'

/** How many of a measure's latest years are brought in: enough for a trend, not a history book. */
export const STARTER_YEARS = 5
export const OFFICIAL_DOCUMENT_ID = 'dfe-lait'

export type StarterOptions = {
  /** The council's name as the scorecard prints it ("Warrington Borough Council"). */
  authority: string
  title: string
  /** The financial year the scorecard reports on, by its first year (2025 for 2025-26). */
  reportingYearStart: number
  /** The council's own sections, in order. */
  sections: readonly string[]
  /** Official measures to start with, each under one of the sections (by its title). */
  measures?: readonly { measure: OfficialMeasure; section: string }[]
  /** The council's official figures (public/official/la/<n>.json), for the measures' past years. */
  councilFile?: CouncilFile
  /** Where the official figures come from (index.json's `lait` source), to name it. */
  source?: SourceRef
}

/** The scorecard period an official year is, built by the one builder for its kind. */
export function periodOfOfficialYear(year: OfficialPeriod, yearType = ''): Period {
  const [startYear, startMonth] = year.start.split('-').map(Number) as [number, number]
  const endYear = Number(year.end.slice(0, 4))
  const endsInMarch = year.end.endsWith('-03-31')
  switch (year.kind) {
    case 'snapshot':
      // On 31 March: the paper's year end; any other day is that date.
      return endsInMarch ? yearEndPeriod(endYear - 1) : datePeriod(year.end)
    case 'year-ending':
      return endsInMarch && year.start.endsWith('-04-01') ? financialYearPeriod(endYear - 1) : datePeriod(year.end)
    case 'financial-year':
      return financialYearPeriod(startMonth >= 4 ? startYear : startYear - 1)
    case 'academic-year':
      return academicYearPeriod(startMonth >= 9 ? startYear : startYear - 1)
    case 'calendar-year':
      return calendarYearPeriod(startYear)
    case 'january-census':
      return datePeriod(year.start)
    case 'multi-year':
      return /calendar/i.test(yearType) ? multiYearPeriod(startYear, endYear, 'calendar') : multiYearPeriod(startYear, endYear, 'financial')
  }
}

const POLARITY: Record<OfficialMeasure['polarity'], Polarity> = { high: 'high-is-good', low: 'low-is-good', none: 'none' }

function cohortsOf(measure: OfficialMeasure): Cohort[] {
  if (measure.theme === 'care-leavers') return ['care-leavers']
  if (measure.theme === 'health') return ['health']
  return ['cared-for-children']
}

/** A figure as a person would type it for its unit, so it reads back as the same number. */
export function printedFigure(number: number, unit: Indicator['unit']): string {
  if (unit === 'percent') return `${number}%`
  if (unit === 'gbp-per-week') return `£${number}`
  return String(number)
}

/** The document the official figures cite. */
export function officialDocument(source?: SourceRef): SourceDocument {
  const where = source ? ` (${source.file}, ${source.repository} @ ${source.commit.slice(0, 7)})` : ''
  return { id: OFFICIAL_DOCUMENT_ID, title: `Department for Education, Local Authority Interactive Tool (LAIT) data${where}` }
}

/** An official measure as an indicator, with the council's latest years of figures (statuses stay statuses). */
export function indicatorOfMeasure(
  measure: OfficialMeasure,
  ref: string,
  section: string,
  councilFile: CouncilFile | undefined,
): { indicator: Indicator; periods: Period[] } {
  const series = councilFile?.series[measure.code]
  const row = councilFile ? series?.[councilFile.areas.indexOf(councilFile.la)] : undefined
  const years = measure.years.map((year, j) => ({ year, j, period: periodOfOfficialYear(year, measure.yearType) }))
  const latest = years.filter(({ j }) => row?.[j] !== null && row?.[j] !== undefined).slice(-STARTER_YEARS)
  const values: ValueCell[] = latest.map(({ year, j, period }) => {
    const value = row![j]!
    const source = { doc: OFFICIAL_DOCUMENT_ID, table: measure.code, column: year.text }
    if (typeof value === 'number')
      return { period: period.id, kind: 'number', number: value, printed: printedFigure(value, measure.unit), source }
    const status = statusOf(value)
    const kind = value === 'c' ? 'suppressed' : value === 'z' ? 'not-applicable' : 'not-reported'
    return { period: period.id, kind, source, ...(status ? { note: `DfE: ${STATUS_TEXT[status]}` } : {}) }
  })
  const indicator: Indicator = {
    ref,
    title: measure.title,
    section,
    cohorts: cohortsOf(measure),
    infoFrom: `DfE LAIT: ${measure.code}`,
    official: { measure: measure.code, match: 'exact' },
    polarity: POLARITY[measure.polarity],
    unit: measure.unit,
    frequency: 'annual',
    source: { doc: OFFICIAL_DOCUMENT_ID, table: measure.code },
    values,
    comparators: [],
    commentary: [],
    notes: [{ kind: 'definition', text: measure.summary || measure.title, source: { doc: OFFICIAL_DOCUMENT_ID, table: measure.code } }],
    reported: [],
  }
  return { indicator, periods: latest.map((l) => l.period) }
}

/** The new scorecard: the reporting year's four quarters, the council's sections and any official measures. */
export function buildStarterScorecard(options: StarterOptions): Scorecard {
  const sections = new SectionResolver([])
  for (const title of options.sections) sections.resolve(title)
  const first = sections.created[0]
  const periods = new Map<string, Period>()
  for (const q of [1, 2, 3, 4] as const) {
    const p = quarterPeriod(options.reportingYearStart, q)
    periods.set(p.id, p)
  }
  const indicators: Indicator[] = []
  for (const [n, { measure, section }] of (options.measures ?? []).entries()) {
    const home = sections.find(section) ?? first
    if (!home) break
    const made = indicatorOfMeasure(measure, `DFE${n + 1}`, home.id, options.councilFile)
    indicators.push(made.indicator)
    for (const p of made.periods) periods.set(p.id, p)
  }
  return {
    format: FORMAT_ID,
    authority: options.authority,
    title: options.title,
    reportingYear: financialYear(options.reportingYearStart),
    documents: indicators.length > 0 ? [officialDocument(options.source)] : [],
    periods: sortPeriods([...periods.values()]),
    sections: sections.created,
    indicators,
    additions: [],
  }
}
