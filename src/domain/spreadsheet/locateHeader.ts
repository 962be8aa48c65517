// Finds the header row of a paper-layout sheet. Real sheets have a title above
// the header, and some spread the header over two rows (merged cells, or
// "Stat" above "Neigh Av"), so each row is tried alone and joined with the row
// above; whichever recognises more columns wins.
import { headerKey, matchHeader, type HeaderMatch } from './matchHeader'

export type HeaderColumn = {
  index: number
  /** The header as it reads in the file (two rows joined by a space when the header spans them). */
  header: string
  match: HeaderMatch | null
  /** True when an earlier column already has this meaning; this one is ignored. */
  duplicate: boolean
}

export type HeaderLocation = {
  /** 0-based index of the (last) header row. */
  rowIndex: number
  /** 1 or 2: how many rows the header spans. */
  rows: 1 | 2
  columns: HeaderColumn[]
}

const MAX_SCAN = 40
/** A header needs a Ref column and this many other recognised columns. */
const MIN_OTHER_COLUMNS = 2

const clean = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()

function readColumns(top: readonly string[] | undefined, bottom: readonly string[]): HeaderColumn[] {
  const width = Math.max(bottom.length, top?.length ?? 0)
  const seen = new Set<string>()
  const columns: HeaderColumn[] = []
  for (let index = 0; index < width; index++) {
    const below = clean(bottom[index])
    const above = top ? clean(top[index]) : ''
    // Joined first ("Stat" + "Neigh Av"), then each row alone (a title above "Ref").
    const candidates = top ? [clean(`${above} ${below}`), below, above] : [below]
    let header = candidates.find((c) => c !== '') ?? ''
    let match: HeaderMatch | null = null
    for (const candidate of candidates) {
      const found = candidate ? matchHeader(candidate) : null
      if (found) {
        header = candidate
        match = found
        break
      }
    }
    const key = match ? headerKey(match) : undefined
    const duplicate = key !== undefined && seen.has(key)
    if (key) seen.add(key)
    columns.push({ index, header, match, duplicate })
  }
  return columns
}

function score(columns: readonly HeaderColumn[]): number {
  const kinds = new Set(columns.filter((c) => c.match && !c.duplicate).map((c) => headerKey(c.match!)))
  if (!kinds.has('ref')) return 0
  return kinds.size - 1 >= MIN_OTHER_COLUMNS ? kinds.size : 0
}

export function locateHeader(grid: readonly (readonly string[])[]): HeaderLocation | null {
  let best: (HeaderLocation & { score: number }) | null = null
  for (let rowIndex = 0; rowIndex < Math.min(grid.length, MAX_SCAN); rowIndex++) {
    const row = grid[rowIndex]!
    const single = readColumns(undefined, row)
    const singleScore = score(single)
    if (singleScore > (best?.score ?? 0)) best = { rowIndex, rows: 1, columns: single, score: singleScore }
    if (rowIndex > 0) {
      const joined = readColumns(grid[rowIndex - 1], row)
      const joinedScore = score(joined)
      if (joinedScore > (best?.score ?? 0)) best = { rowIndex, rows: 2, columns: joined, score: joinedScore }
    }
  }
  if (!best) return null
  const { score: _score, ...location } = best
  return location
}

/** True when a row repeats the header (the paper repeats it at the top of every page). */
export function isRepeatedHeader(row: readonly string[], header: HeaderLocation): boolean {
  const wanted = header.columns.filter((c) => c.match && !c.duplicate)
  const repeated = wanted.filter((c) => {
    const found = matchHeader(clean(row[c.index]))
    return found !== null && headerKey(found) === headerKey(c.match!)
  })
  return repeated.length >= Math.max(3, Math.ceil(wanted.length / 2))
}
