// Recognises the column headers of the paper scorecard, in the variants real
// spreadsheets use: "Qu 1 18-19", "Qu 3 18 19", "- Qu 4 18 19", "Stat Neigh Av",
// "Yr. end 17-18", "Quarterly dir of trave" (cut short by a PDF), extra spaces
// and any case. Anything unrecognised is reported and ignored, never guessed.
import type { Comparator, Period } from '../scorecardSchema'
import { quarterPeriod, yearEndPeriod } from '../financialYear'

export type SimpleField =
  'ref' | 'infoFrom' | 'lead' | 'indicator' | 'polarity' | 'statNeighbours' | 'national' | 'target' | 'rag' | 'direction' | 'comments'

export type HeaderMatch = { field: SimpleField } | { field: 'period'; period: Period } | { field: 'priority'; key: string }

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
  ['ref', /^ref(erence)?\.?( no\.?| number)?$/],
  ['infoFrom', /^(info(rmation)?\.? (available )?from|data source|source)$/],
  ['lead', /^((commentary|comments)\/)?lead( officer)?$/],
  ['indicator', /^(indicator|indicator title|measure|performance indicator|description|title)$/],
  ['polarity', /^polarity$/],
  ['statNeighbours', /^(stat(istical)?\.? ?neigh(bour|bor)?s?\.?( av(g|erage)?\.?)?|sn( av(g|erage)?\.?)?)$/],
  ['national', /^(national|england)( av(g|erage)?\.?)?$/],
  ['target', /^targets?$/],
  ['rag', /^rag( rating| status)?$/],
  ['direction', /^((quarterly )?dir(ection)?\.? of trav(el|e)?|dot|direction)$/],
  ['comments', /^(comments?|commentary)$/],
]

// Two-digit or four-digit financial years: "18-19", "18 19", "2018-19", "2018/19", "1819" is not accepted.
const YEAR = String.raw`(\d{2}|\d{4})\s*[-/ ]\s*(\d{2}|\d{4})`
const QUARTER = new RegExp(String.raw`^(?:qu|qtr|quarter|q)\.?\s*([1-4])\s*(?:of\s*)?${YEAR}$`)
const YEAR_END = new RegExp(String.raw`^(?:yr|year|y)\.?\s*-?\s*end\s*${YEAR}$|^ye\s*${YEAR}$`)

/** The year the financial year starts in, if the two years follow each other. */
function startYearOf(first: string, second: string): number | undefined {
  const start = first.length === 2 ? 2000 + Number(first) : Number(first)
  const end = Number(second) % 100
  return (start + 1) % 100 === end ? start : undefined
}

export function matchHeader(text: string): HeaderMatch | null {
  const header = normaliseHeader(text)
  if (header === '') return null
  for (const [field, pattern] of SIMPLE) if (pattern.test(header)) return { field }

  const quarter = QUARTER.exec(header)
  if (quarter) {
    const startYear = startYearOf(quarter[2]!, quarter[3]!)
    return startYear === undefined ? null : { field: 'period', period: quarterPeriod(startYear, Number(quarter[1]) as 1 | 2 | 3 | 4) }
  }
  const yearEnd = YEAR_END.exec(header)
  if (yearEnd) {
    const [first, second] = yearEnd[1] ? [yearEnd[1], yearEnd[2]!] : [yearEnd[3]!, yearEnd[4]!]
    const startYear = startYearOf(first, second)
    return startYear === undefined ? null : { field: 'period', period: yearEndPeriod(startYear) }
  }

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
  if (match.field === 'priority') return `priority:${match.key}`
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
export function isColumnComparator(comparator: Comparator, kind: Comparator['kind'], field: 'statNeighbours' | 'national'): boolean {
  const column = comparator.source.column
  return comparator.kind === kind && column !== undefined && matchHeader(column)?.field === field
}
