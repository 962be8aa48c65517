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
