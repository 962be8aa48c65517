// Every heading a sheet has and what it was taken to be, for the review's
// list of columns (where the officer can map each one) and for the message
// when nothing can be read: it names the headings seen and the ones needed.
import type { ColumnRole } from './columnMapping'
import { headingsFingerprint } from './columnMapping'
import { guessHeaderRow, locateHeader, type HeaderLocation } from './locateHeader'
import { columnLetter, matchHeader, type HeaderMatch } from './matchHeader'
import type { PeriodContext } from './readPeriodHeading'
import { describeMatch } from './readPaperRows'

export type ColumnStatus = 'recognised' | 'mapped' | 'not recognised' | 'repeated' | 'needs a period'

export type SheetColumn = {
  index: number
  letter: string
  header: string
  /** How the column is read now; `ignore` when it is not read. */
  role: ColumnRole
  /** What the heading alone was recognised as. */
  recognised: HeaderMatch | null
  status: ColumnStatus
  /** The column's meaning in words. */
  meaning: string
  /** The first few cells under the heading, to help whoever maps it. */
  samples: string[]
}

export type SheetColumns = {
  /** 1-based row of the (last) heading row, and how many rows the headings span. */
  headerRow: number
  headerRows: 1 | 2
  columns: SheetColumn[]
  /** The headings in order, and their fingerprint: how a saved mapping is found again. */
  headings: string[]
  fingerprint: string
  /** False when the sheet cannot be read as it is mapped: no Ref column. */
  readable: boolean
}

const SAMPLES = 3

export function describeSheetColumns(grid: readonly (readonly string[])[], location: HeaderLocation, context: PeriodContext): SheetColumns {
  const columns = location.columns.map((column): SheetColumn => {
    const recognised = column.header ? matchHeader(column.header, context) : null
    const samples: string[] = []
    for (let r = location.rowIndex + 1; r < grid.length && samples.length < SAMPLES; r++) {
      const text = (grid[r]![column.index] ?? '').trim()
      if (text !== '') samples.push(text.length > 40 ? `${text.slice(0, 39)}…` : text)
    }
    const role: ColumnRole = column.match && !column.duplicate ? column.match : { field: 'ignore' }
    const status: ColumnStatus = column.duplicate
      ? 'repeated'
      : column.match?.field === 'undated'
        ? 'needs a period'
        : column.mapped
          ? 'mapped'
          : column.match
            ? 'recognised'
            : 'not recognised'
    const meaning = column.duplicate
      ? 'the same as an earlier column, so ignored'
      : column.match
        ? describeMatch(column.match)
        : column.header
          ? 'not read'
          : 'no heading, not read'
    return { index: column.index, letter: columnLetter(column.index), header: column.header, role, recognised, status, meaning, samples }
  })
  const headings = columns.map((c) => c.header).filter(Boolean)
  return {
    headerRow: location.rowIndex + 1,
    headerRows: location.rows,
    columns,
    headings,
    fingerprint: headingsFingerprint(headings),
    readable: columns.some((c) => c.role.field === 'ref'),
  }
}

/** True when a column's heading was not recognised, or its figures need a period: the officer should look. */
export const needsAttention = (column: SheetColumn) =>
  (column.status === 'not recognised' && column.header !== '') || column.status === 'needs a period'

/** Says which headings were seen, which were needed, and what to change; the same sheet always gets the same words. */
export function unreadableSheetMessage(columns: SheetColumns | null): string {
  const needs =
    'The importer needs a Ref column (headed Ref, PI Ref or Reference) and, for new indicators, an Indicator column (Indicator, PI Description or Measure), with a column of figures for each period (such as Q1 2016/17, 2013-14, Sep 2020 or 30/09/2020).'
  if (!columns || columns.headings.length === 0)
    return `No header row was found: the first 40 rows have no headings. ${needs} Add a row of headings above the figures, or map the columns below.`
  const seen = columns.columns
    .filter((c) => c.header !== '')
    .slice(0, 30)
    .map((c) => `"${c.header}" (${c.status === 'not recognised' ? 'not recognised' : c.meaning})`)
  const more = columns.headings.length > 30 ? `, and ${columns.headings.length - 30} more` : ''
  return `No header row was found that can be read: none of the first 40 rows has a Ref column and at least two other scorecard columns. The headings on row ${columns.headerRow} are ${seen.join(', ')}${more}. ${needs} Rename the headings in the file, or choose below what each column holds and read the file again.`
}

/**
 * What a sheet looks like before any mapping: the fingerprint of the headings
 * the importer finds on its own (how a saved mapping is looked up), and
 * whether there are title rows above them (which may name a council).
 */
export function sheetOutline(grid: readonly (readonly string[])[]): { fingerprint?: string; titleRows: boolean } {
  const found = locateHeader(grid) ?? guessHeaderRow(grid)
  if (!found) return { titleRows: false }
  const headings = found.columns.map((c) => c.header).filter(Boolean)
  const above = grid.slice(0, found.rowIndex + 1 - found.rows)
  return { fingerprint: headingsFingerprint(headings), titleRows: above.some((row) => row.some((cell) => cell.trim() !== '')) }
}
