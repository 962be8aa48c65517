// Recognises column headings in the spellings real spreadsheets use: the
// paper scorecard's own ("Qu 1 18-19", "Stat Neigh Av", "Yr. end 17-18",
// "Quarterly dir of trave" cut short by a PDF) and other councils' ("PI Ref",
// "PI Description", "SN average 15/16", "England average 2016-17", "12/13",
// "Sep 2020", "as at 15 Feb 2022"), with extra spaces and any case. Periods
// are read by readPeriodHeading.ts. Anything unrecognised is reported and
// ignored (or mapped by the officer), never guessed.
import type { Comparator, Period } from '../scorecardSchema'
import { readPeriodHeading, type PeriodContext, type Quarter } from './readPeriodHeading'

export type SimpleField =
  | 'ref'
  | 'infoFrom'
  | 'lead'
  | 'indicator'
  | 'polarity'
  | 'unit'
  | 'target'
  | 'amberTolerance'
  | 'cohort'
  | 'frequency'
  | 'rag'
  | 'direction'
  | 'comments'
  | 'official'

/** Comparator columns; a heading may give the comparator's period ("SN average 15/16"). */
export type ComparatorField = 'statNeighbours' | 'national' | 'region'

export type HeaderMatch =
  | { field: SimpleField }
  | { field: ComparatorField; period?: Period; region?: string }
  | { field: 'period'; period: Period }
  /** Figures whose heading gives no year ("Quarter 1"): the sheet's title, the reporting year or the officer must say. */
  | { field: 'undated'; quarter: Quarter }
  | { field: 'priority'; key: string }

export const COMPARATOR_FIELDS: readonly ComparatorField[] = ['statNeighbours', 'national', 'region']
export const isComparatorField = (field: string): field is ComparatorField => (COMPARATOR_FIELDS as readonly string[]).includes(field)

/** Lower case, one space between words, no bullet or dash in front. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-–—•*]+\s*/, '')
    .replace(/\s*([/&])\s*/g, '$1')
}

const SIMPLE: readonly [SimpleField, RegExp][] = [
  ['ref', /^((pi|kpi|indicator|measure) )?ref(erence)?\.?( no\.?| number)?$|^(pi|kpi)( no\.?| number| code| id)?$/],
  ['infoFrom', /^(info(rmation)?\.? (available )?from|data source|source( of data)?)$/],
  ['lead', /^((commentary|comments)\/)?lead( officer)?$|^(responsible|accountable) officer$/],
  [
    'indicator',
    /^(indicator|measure|performance indicator|performance measure|pi|kpi)( title| name| description)?$|^(description|title|description of (the )?(indicator|measure))$/,
  ],
  ['polarity', /^(polarity|good is|good performance is|is high good\??)$/],
  ['unit', /^(units?|unit of measure(ment)?|measured as)$/],
  ['amberTolerance', /^(amber( tolerance| threshold| band| margin)?|tolerance)$/],
  ['cohort', /^(cohort|client group|cohort group)$/],
  ['frequency', /^((reporting )?frequency|how often( reported)?)$/],
  ['rag', /^rag( rating| status)?( as (printed|reported))?$/],
  ['direction', /^((quarterly )?dir(ection)?\.? of trav(el|e)?|dot|direction)( as (printed|reported))?$/],
  ['comments', /^(comments?|commentary|narrative)$/],
  ['official', /^(dfe|official|lait) (measure|code|measure code)$/],
]

const MAX_HEADING_LENGTH = 80

/**
 * The headings of the columns the scorecard table's download writes in place
 * of the paper's RAG and direction (serialisePaperLayout's `assessed`): the
 * app's own working, and what the source printed. In a file with an "as
 * printed" column, that one is the reported rating or arrow, and the app's
 * own are not imported (see appWorking).
 */
export const APP_COLUMNS = {
  latest: 'Latest figure',
  rag: 'RAG',
  direction: 'Direction of travel',
  ragPrinted: 'RAG as printed',
  directionPrinted: 'Direction of travel as printed',
} as const

const AS_PRINTED = / as (printed|reported)$/

/** True for a heading that says it holds what the source printed ("RAG as printed"). */
export function saysAsPrinted(text: string): boolean {
  return AS_PRINTED.test(normaliseHeader(text))
}

const AVERAGE = String.raw`(?:\s*(?:av|avg|ave|average|mean)\.?)?`
const REGIONS = [
  'north east',
  'north west',
  'yorkshire and the humber',
  'yorkshire & the humber',
  'east midlands',
  'west midlands',
  'east of england',
  'london',
  'inner london',
  'outer london',
  'south east',
  'south west',
] as const
const COMPARATORS: readonly [ComparatorField, RegExp][] = [
  ['statNeighbours', new RegExp(String.raw`^(?:stat(?:istical)?\.? ?neigh(?:bour|bor)?s?\.?|sn|stat ?n)${AVERAGE}(?:\s+(.+))?$`)],
  ['national', new RegExp(String.raw`^(?:national|england|eng\.?)${AVERAGE}(?:\s+(.+))?$`)],
  ['region', new RegExp(String.raw`^(?:regional|region|nw|${REGIONS.join('|')})${AVERAGE}(?:\s+(.+))?$`)],
]
const TARGET = /^(?:(?:annual|local|year end|yearly) )?targets?(?:\s+(.+))?$/

const titleCase = (text: string) => text.replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/\b(And|The|Of)\b/g, (w) => w.toLowerCase())

/** What a comparator heading's words name, with the period after them when there is one. */
function matchComparator(header: string, context: PeriodContext): HeaderMatch | null {
  for (const [field, pattern] of COMPARATORS) {
    const m = pattern.exec(header)
    if (!m) continue
    const rest = m[1]
    const region =
      field === 'region' ? (REGIONS.find((r) => header.startsWith(r)) ?? (header.startsWith('nw') ? 'north west' : undefined)) : undefined
    const named = region ? { region: titleCase(region.replace('&', 'and')) } : {}
    if (rest === undefined) return { field, ...named }
    const read = readPeriodHeading(rest, context)
    if (read?.kind === 'period') return { field, period: read.period, ...named }
    return null
  }
  return null
}

export function matchHeader(text: string, context: PeriodContext = {}): HeaderMatch | null {
  const header = normaliseHeader(text)
  // A heading is a few words; a long cell (a title, a comment) is not one, and is not worth the patterns.
  if (header === '' || header.length > MAX_HEADING_LENGTH) return null
  for (const [field, pattern] of SIMPLE) if (pattern.test(header)) return { field }
  const target = TARGET.exec(header)
  // "Target 2016/17" is still the target column; the year is the one the figures are for.
  if (target && (target[1] === undefined || readPeriodHeading(target[1], context)?.kind === 'period')) return { field: 'target' }

  const comparator = matchComparator(header, context)
  if (comparator) return comparator

  const read = readPeriodHeading(text, context)
  if (read?.kind === 'period') return { field: 'period', period: read.period }
  if (read?.kind === 'undated-quarter') return { field: 'undated', quarter: read.quarter }

  if (/priority/.test(header)) {
    if (/c&yp|cyp|children and young people/.test(header)) return { field: 'priority', key: 'cyp' }
    if (/corporate/.test(header)) return { field: 'priority', key: 'corporate' }
    const key = header
      .replace(/priority|plan/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
    return { field: 'priority', key: key || 'priority' }
  }
  return null
}

/** A stable key per column meaning, so two columns meaning the same thing can be spotted. */
export function headerKey(match: HeaderMatch): string {
  if (match.field === 'period') return `period:${match.period.id}`
  if (match.field === 'undated') return `undated:${match.quarter}`
  if (match.field === 'priority') return `priority:${match.key}`
  if (match.field === 'statNeighbours' || match.field === 'national' || match.field === 'region')
    return [match.field, match.region, match.period?.id].filter(Boolean).join(':')
  return match.field
}

/** "A", "B", … "Z", "AA": the spreadsheet's name for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    out = String.fromCharCode(65 + rem) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

/**
 * True for a comparator of this kind printed in the paper's own column for it
 * (its source names that column), not one taken from a comment: the one the
 * paper layout writes, and the one an import of that column replaces.
 */
export function isColumnComparator(comparator: Comparator, kind: Comparator['kind'], field: ComparatorField): boolean {
  const column = comparator.source.column
  return comparator.kind === kind && column !== undefined && matchHeader(column)?.field === field
}
