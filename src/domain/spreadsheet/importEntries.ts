// The import report: one entry per row and column saying what was understood,
// what is wrong and what will be ignored, so an officer can check a file
// before anything in the scorecard changes.

export const ENTRY_STATUSES = ['problem', 'warning', 'ignored', 'understood'] as const
export type EntryStatus = (typeof ENTRY_STATUSES)[number]

export type ImportEntry = {
  status: EntryStatus
  /** The spreadsheet row (1-based), when the entry is about one row. */
  row?: number
  ref?: string
  /** The column as headed in the file, or a description such as "(file)" or "(row)". */
  column: string
  /** The cell exactly as typed, when there is one. */
  text?: string
  message: string
}

export type EntryCounts = Record<EntryStatus, number>

export function countEntries(entries: readonly ImportEntry[]): EntryCounts {
  const counts: EntryCounts = { problem: 0, warning: 0, ignored: 0, understood: 0 }
  for (const entry of entries) counts[entry.status]++
  return counts
}

/** Entries in reading order: file-level first, then by row, keeping the order they were made within a row. */
export function sortEntries(entries: readonly ImportEntry[]): ImportEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.row ?? 0) - (b.entry.row ?? 0) || a.index - b.index)
    .map(({ entry }) => entry)
}

/** Beyond this many, cell-by-cell "understood" entries are counted rather than listed: a 50,000-row file would have 250,000. */
export const MAX_LISTED_UNDERSTOOD = 5000

/**
 * Collects a report's entries: every problem, warning and ignored entry and
 * every file-level one, and the first MAX_LISTED_UNDERSTOOD "understood"
 * entries about rows; the rest are counted in one closing entry, so the
 * report still says all it read without holding a quarter of a million lines.
 */
export class EntryCollector {
  readonly entries: ImportEntry[] = []
  private listed = 0
  private omitted = 0

  constructor(private readonly max = MAX_LISTED_UNDERSTOOD) {}

  push(entry: ImportEntry): void {
    if (entry.status === 'understood' && entry.row !== undefined && entry.column !== '(header)') {
      if (this.listed >= this.max) {
        this.omitted++
        return
      }
      this.listed++
    }
    this.entries.push(entry)
  }

  /** The entries, with the count of those not listed. */
  finish(): ImportEntry[] {
    if (this.omitted > 0)
      this.entries.push({
        status: 'understood',
        column: '(file)',
        message: `${this.omitted.toLocaleString('en-GB')} more cells and rows were read as expected and are not listed one by one (the file is large). Every problem, warning and ignored cell is listed.`,
      })
    this.omitted = 0
    return this.entries
  }
}
