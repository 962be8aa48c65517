// Finds the header row of a sheet. Real sheets have a title above the header,
// and some spread the header over two rows (merged cells, or "Stat" above
// "Neigh Av"), so each row is tried alone and joined with the row above;
// whichever recognises more columns wins. When no row can be read without
// help, guessHeaderRow still names the row of headings an officer can map.
import { APP_COLUMNS, headerKey, matchHeader, normaliseHeader, saysAsPrinted, type HeaderMatch } from './matchHeader'
import type { PeriodContext } from './readPeriodHeading'

export type HeaderColumn = {
  index: number
  /** The header as it reads in the file (two rows joined by a space when the header spans them). */
  header: string
  /** What the column is read as: recognised from its heading, or as the officer mapped it; null when ignored. */
  match: HeaderMatch | null
  /** True when an earlier column already has this meaning; this one is ignored. */
  duplicate: boolean
  /** True when the officer's mapping (made now or saved earlier) decided this column. */
  mapped?: boolean
  /** True for the app's own working in its table download ("RAG" beside "RAG as printed"): worked out again, not imported. */
  appWorking?: boolean
}

export type HeaderLocation = {
  /** 0-based index of the (last) header row. */
  rowIndex: number
  /** 1 or 2: how many rows the header spans. */
  rows: 1 | 2
  columns: HeaderColumn[]
}

export const MAX_SCAN = 40
/** A header needs a Ref column and this many other recognised columns. */
const MIN_OTHER_COLUMNS = 2

const clean = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()

const LATEST = normaliseHeader(APP_COLUMNS.latest)

/**
 * Marks each column whose meaning an earlier column already has. In the
 * table's download, "RAG as printed" holds the reported rating and "RAG" the
 * app's own (likewise the direction): there the printed one is read, and the
 * app's own columns, its latest figure too, are set aside as its working.
 */
export function markDuplicates(columns: readonly Omit<HeaderColumn, 'duplicate'>[]): HeaderColumn[] {
  const seen = new Set<string>()
  const printed = new Set(columns.flatMap((c) => (c.match && saysAsPrinted(c.header) ? [headerKey(c.match)] : [])))
  const isAppWorking = (column: Omit<HeaderColumn, 'duplicate'>) =>
    printed.size > 0 &&
    !column.mapped &&
    ((column.match !== null && printed.has(headerKey(column.match)) && !saysAsPrinted(column.header)) ||
      normaliseHeader(column.header) === LATEST)
  return columns.map((column) => {
    if (isAppWorking(column)) return { ...column, match: null, duplicate: false, appWorking: true }
    const key = column.match ? headerKey(column.match) : undefined
    const duplicate = key !== undefined && seen.has(key)
    if (key) seen.add(key)
    return { ...column, duplicate }
  })
}

function readColumns(top: readonly string[] | undefined, bottom: readonly string[], context: PeriodContext): HeaderColumn[] {
  const width = Math.max(bottom.length, top?.length ?? 0)
  const columns: Omit<HeaderColumn, 'duplicate'>[] = []
  for (let index = 0; index < width; index++) {
    const below = clean(bottom[index])
    const above = top ? clean(top[index]) : ''
    // Joined first ("Stat" + "Neigh Av"), then each row alone (a title above "Ref").
    const candidates = top ? [clean(`${above} ${below}`), below, above] : [below]
    let header = candidates.find((c) => c !== '') ?? ''
    let match: HeaderMatch | null = null
    for (const candidate of candidates) {
      const found = candidate ? matchHeader(candidate, context) : null
      if (found) {
        header = candidate
        match = found
        break
      }
    }
    columns.push({ index, header, match })
  }
  return markDuplicates(columns)
}

const kindsOf = (columns: readonly HeaderColumn[]) =>
  new Set(columns.filter((c) => c.match && !c.duplicate).map((c) => headerKey(c.match!)))

function score(columns: readonly HeaderColumn[]): number {
  const kinds = kindsOf(columns)
  if (!kinds.has('ref')) return 0
  return kinds.size - 1 >= MIN_OTHER_COLUMNS ? kinds.size : 0
}

/** The best header row by a scoring rule, trying each row alone and joined with the row above. */
function bestRow(
  grid: readonly (readonly string[])[],
  rate: (columns: readonly HeaderColumn[]) => number,
  context: PeriodContext,
): HeaderLocation | null {
  let best: (HeaderLocation & { score: number }) | null = null
  for (let rowIndex = 0; rowIndex < Math.min(grid.length, MAX_SCAN); rowIndex++) {
    const row = grid[rowIndex]!
    if (row.length === 0) continue
    const single = readColumns(undefined, row, context)
    const singleScore = rate(single)
    if (singleScore > (best?.score ?? 0)) best = { rowIndex, rows: 1, columns: single, score: singleScore }
    if (rowIndex > 0 && (grid[rowIndex - 1]?.length ?? 0) > 0) {
      const joined = readColumns(grid[rowIndex - 1], row, context)
      const joinedScore = rate(joined)
      if (joinedScore > (best?.score ?? 0)) best = { rowIndex, rows: 2, columns: joined, score: joinedScore }
    }
  }
  if (!best) return null
  const { score: _score, ...location } = best
  return location
}

/** The header row that can be read without help (a Ref column and two more), or null. */
export function locateHeader(grid: readonly (readonly string[])[], context: PeriodContext = {}): HeaderLocation | null {
  return bestRow(grid, score, context)
}

const isWords = (text: string) => /\p{L}/u.test(text) && !/^[\d\s.,%£-]+$/.test(text)

/**
 * The row of headings to show an officer when no header can be read alone: the
 * row with most recognised headings (two at least), else the first row with two or more cells
 * of words (a row of figures is data, not headings). Null for a sheet of nothing.
 */
export function guessHeaderRow(grid: readonly (readonly string[])[], context: PeriodContext = {}): HeaderLocation | null {
  // Two recognised headings at least: one date-like cell in a row of data is not a header.
  const recognised = bestRow(grid, (columns) => (kindsOf(columns).size >= 2 ? kindsOf(columns).size : 0), context)
  if (recognised) return recognised
  for (let rowIndex = 0; rowIndex < Math.min(grid.length, MAX_SCAN); rowIndex++) {
    const row = grid[rowIndex]!
    if (row.filter((cell) => isWords(clean(cell))).length >= 2) return { rowIndex, rows: 1, columns: readColumns(undefined, row, context) }
  }
  const first = grid.findIndex((row) => row.some((cell) => clean(cell) !== ''))
  return first >= 0 && first < MAX_SCAN ? { rowIndex: first, rows: 1, columns: readColumns(undefined, grid[first]!, context) } : null
}

/** The header read at a row the officer named (1-based), one row deep. */
export function headerAtRow(grid: readonly (readonly string[])[], rowNumber: number, context: PeriodContext = {}): HeaderLocation | null {
  const row = grid[rowNumber - 1]
  return row ? { rowIndex: rowNumber - 1, rows: 1, columns: readColumns(undefined, row, context) } : null
}

/** True when a row repeats the header (the paper repeats it at the top of every page). */
export function isRepeatedHeader(row: readonly string[], header: HeaderLocation): boolean {
  const wanted = header.columns.filter((c) => c.match && !c.duplicate)
  const repeated = wanted.filter((c) => {
    const cell = clean(row[c.index])
    if (cell === '') return false
    if (cell === c.header) return true
    const found = matchHeader(cell)
    return found !== null && headerKey(found) === headerKey(c.match!)
  })
  return repeated.length >= Math.max(3, Math.ceil(wanted.length / 2))
}
