// The official dataset's shapes: what scripts/official-stats writes into
// public/official/ and what the comparison views read. The format is
// explained in docs/official-data-format.md; these types are its one home.
import type { Unit } from '../scorecardSchema'

export const OFFICIAL_FORMAT = 'official-stats/1'

/**
 * A figure is a number; anything else is a status, kept as the source's own
 * short code. LAIT prints `-` for "no figure" and does not say whether it was
 * suppressed or is not available; the EES codes are more specific.
 */
export const STATUS_CODES = ['-', 'c', 'x', 'z', 'k', 'low', 'u'] as const
export type StatusCode = (typeof STATUS_CODES)[number]

export type OfficialStatus = 'no-figure' | 'suppressed' | 'not-available' | 'not-applicable' | 'fewer-than-half' | 'low' | 'low-reliability'

export const STATUS_OF_CODE: Record<StatusCode, OfficialStatus> = {
  '-': 'no-figure',
  c: 'suppressed',
  x: 'not-available',
  z: 'not-applicable',
  k: 'fewer-than-half',
  low: 'low',
  // EES's symbol for low reliability: the 2024 workforce and children-in-need returns of a few councils.
  u: 'low-reliability',
}

export const STATUS_TEXT: Record<OfficialStatus, string> = {
  'no-figure': 'No figure (suppressed or not available; the source does not say which)',
  suppressed: 'Suppressed',
  'not-available': 'Not available',
  'not-applicable': 'Not applicable',
  'fewer-than-half': 'Fewer than 0.5',
  low: 'Low (a small number)',
  'low-reliability': 'Low reliability',
}

/** One cell: a figure, a status code, or null where the source has no row for that area and year. */
export type OfficialValue = number | StatusCode | null

export type Polarity = 'high' | 'low' | 'none'

/** la: a current council; former-la: one replaced by a reorganisation (e.g. Cumbria); london-part: Inner or Outer London. */
export type AreaKind = 'la' | 'former-la' | 'region' | 'london-part' | 'england'

export type OfficialArea = {
  /** The DfE's LA number (the "old LA code"): 383 Leeds, 970 England, 980-990 regions. */
  la: number
  name: string
  /** The ONS (new) code, e.g. E06000049, where a source gives it. */
  code: string | null
  kind: AreaKind
  /** For councils: the government office region's LA number (London boroughs: 986). */
  region?: number
  /** For London boroughs: Inner (987) or Outer (988) London, as LAIT groups them. */
  londonPart?: number
  /** For councils: the type printed in la_code_list.xlsx (UA, SC, MD, ILB, OLB). */
  laType?: string
}

export type PeriodKind =
  | 'snapshot' // on one date (the dictionary's "Annual": on 31 March)
  | 'year-ending' // the year to the end date, or a snapshot at it (the dictionary's "Financial Year", "Annual (end of Sept)")
  | 'financial-year'
  | 'academic-year'
  | 'calendar-year'
  | 'january-census'
  | 'multi-year'

export type PeriodMark = 'revised' | 'final' | 'provisional' | 'outturn'

export type OfficialPeriod = {
  /** The year text exactly as printed in the source, e.g. "2018", "2016-17 (OT)". */
  text: string
  kind: PeriodKind
  start: string
  end: string
  /** Plain English, e.g. "year ending 31 March 2018". */
  label: string
  mark?: PeriodMark
}

export type SourceRef = {
  id: string
  file: string
  folder: string
  repository: string
  commit: string
  note?: string
}

export type CrossCheck = {
  /** The EES file and how its rows were chosen: the filter columns and the figure column. */
  file: string
  filter: Record<string, string>
  column: string
  compared: number
  agreed: number
  /** Both sides have no figure (LAIT `-`, EES a status code). */
  bothWithoutFigure: number
  disagreed: number
}

export type OfficialMeasure = {
  code: string
  /** File name stem under public/official/measure/ (codes carry characters such as % and spaces). */
  file: string
  title: string
  chartTitle: string
  topic: string
  theme: ThemeId
  polarity: Polarity
  /** The scorecard unit the figures are in, so formatting and "no real change" follow the scorecard's rules. */
  unit: Unit
  /** The dictionary's axis name as printed, e.g. "Rate per 10,000". */
  unitText: string
  /** Decimal places from the dictionary; null where it gives none. */
  dps: number | null
  yearType: string
  /** The dictionary's No_Quartile = "N": LAIT shows no quartile band. */
  noQuartile: boolean
  summary: string
  dataOwner: string
  lastUpdate: string | null
  /** The printed last-update text where it is not a date (e.g. "New Data"). */
  lastUpdateText?: string
  nextUpdate: string | null
  /** The printed next-update text where it is not a date (e.g. "TBC"). */
  nextUpdateText?: string
  years: OfficialPeriod[]
}

export const THEMES = [
  { id: 'numbers-and-rates', title: 'Numbers and rates' },
  { id: 'placements-and-stability', title: 'Placements and stability' },
  { id: 'health', title: 'Health and wellbeing' },
  { id: 'education', title: 'Education' },
  { id: 'care-leavers', title: 'Care leavers' },
  { id: 'adoption-and-permanence', title: 'Adoption and permanence' },
  { id: 'children-in-need-and-protection', title: 'Children in need and protection' },
  { id: 'workforce', title: 'Workforce' },
] as const
export type ThemeId = (typeof THEMES)[number]['id']

export type NeighbourModelId = '2025' | '2021'
export const DEFAULT_NEIGHBOUR_MODEL: NeighbourModelId = '2025'

/** A neighbour and its closeness band as printed ("Very close", "Somewhat close", …). */
export type Neighbour = { la: number; closeness: string }

export type NeighbourModel = {
  id: NeighbourModelId
  title: string
  source: string
  /** Keyed by the council's LA number: its ten neighbours' LA numbers, closest first. */
  groups: Record<string, number[]>
}

/** public/official/index.json: where the figures come from, and every area (the council list). */
export type OfficialIndex = {
  format: typeof OFFICIAL_FORMAT
  sources: SourceRef[]
  areas: OfficialArea[]
}

/**
 * public/official/neighbours.json: both neighbour models for every council.
 * A council's own page has its 2025 group in its la/ file; this is for views
 * that mark any council's neighbours (one measure across England).
 */
export type NeighboursFile = {
  format: typeof OFFICIAL_FORMAT
  models: Record<NeighbourModelId, NeighbourModel>
}

/** A measure as measures.json stores it: its years are indices into the catalogue's shared periods. */
export type StoredMeasure = Omit<OfficialMeasure, 'years'> & { years: number[] }

/** public/official/measures.json: every converted measure's dictionary entry and years. */
export type MeasureCatalogue = {
  format: typeof OFFICIAL_FORMAT
  themes: { id: ThemeId; title: string }[]
  /** Each distinct period once (many measures share "2025" as the year ending 31 March 2025). */
  periods: OfficialPeriod[]
  measures: StoredMeasure[]
}

/**
 * A measure's file-name stem under measure/: letters, digits, _ and - kept;
 * anything else as -XX (its hex code). A view of one measure knows its code
 * (from its address) and finds its file without the catalogue.
 */
export function measureFileStem(code: string): string {
  return code.replace(/[^A-Za-z0-9_-]/g, (ch) => `-${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

/** The catalogue's measures with their periods in place. */
export function measuresOf(catalogue: MeasureCatalogue): OfficialMeasure[] {
  return catalogue.measures.map((m) => ({
    ...m,
    years: m.years.map((i) => {
      const period = catalogue.periods[i]
      if (!period) throw new Error(`measures.json: ${m.code} refers to period ${i}, which is not in the catalogue`)
      return period
    }),
  }))
}

/** An LAIT figure and the EES figure for the same measure, area and year that differs from it; both kept. */
export type Disagreement = { code: string; la: number; year: string; lait: OfficialValue; ees: OfficialValue; eesText: string }

/** series[code][i][j]: the figure for areas[i] in the measure's years[j]. */
export type SeriesByMeasure = Record<string, OfficialValue[][]>

/** public/official/la/<LA number>.json: what one council's comparison needs for the default (2025) neighbours. */
export type CouncilFile = {
  format: typeof OFFICIAL_FORMAT
  la: number
  /** The council, its region (and London part), England, then its 2025 neighbours. */
  areas: number[]
  /** The 2025 neighbours with their closeness bands, closest first. */
  neighbours: Neighbour[]
  series: SeriesByMeasure
  disagreements: Disagreement[]
}

/** public/official/la-2021/<LA number>.json: series for the 2021 model's neighbours not already in the council file. */
export type ExtraNeighboursFile = {
  format: typeof OFFICIAL_FORMAT
  la: number
  model: '2021'
  /** All ten 2021 neighbours with their closeness bands; only those not among the 2025 ones are in `areas`. */
  neighbours: Neighbour[]
  areas: number[]
  series: SeriesByMeasure
}

/**
 * public/official/latest.json: for each measure with a polarity (the ones LAIT
 * ranks and bands), the figures of every council (LA numbers below 970, as
 * LAIT's la_names_bds) in the measure's latest year, in ascending order: what
 * a national rank and the quartile cut points need, in few bytes. Which
 * council has which figure is in the measure's own file.
 */
export type LatestFile = {
  format: typeof OFFICIAL_FORMAT
  measures: Record<string, { year: string; figures: number[]; withoutFigure: number }>
}

/** public/official/measure/<file>.json: every area and year of one measure, and its long texts. */
export type MeasureFile = {
  format: typeof OFFICIAL_FORMAT
  measure: OfficialMeasure
  description: string
  methodology: string
  hyperlinks: string[]
  crossCheck?: CrossCheck
  areas: number[]
  values: OfficialValue[][]
  disagreements: Disagreement[]
}

export function figureOf(value: OfficialValue | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined
}

export function statusOf(value: OfficialValue | undefined): OfficialStatus | undefined {
  return typeof value === 'string' ? STATUS_OF_CODE[value] : undefined
}
