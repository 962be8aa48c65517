// A sheet's cells as a grid of text, built from the cells that exist, never
// from the size the sheet claims: a workbook with one stray cell at
// XFD1048576 claims 17 billion cells. Rows and columns beyond what a
// scorecard can use are counted and named in the report, not read.
import { columnLetter } from './matchHeader'

export type Grid = string[][]

/** 60,000 rows: a region's scorecards together are a few thousand; beyond this a file is answered with its limit. */
export const MAX_SHEET_ROWS = 60_000
/** 300 columns: twenty years of monthly figures and the scorecard's own columns. */
export const MAX_SHEET_COLUMNS = 300
/** How many far-away cells the report names; the rest are counted. */
const NAMED_OUTSIDE = 5

export type OutsideCells = { count: number; addresses: string[] }
export type SheetGrid = { grid: Grid; outside: OutsideCells }

/** Places cells (1-based row and column, in any order) into a grid bounded by the limits above. */
export class SheetGridBuilder {
  private readonly rows: Grid = []
  private readonly outside: OutsideCells = { count: 0, addresses: [] }

  constructor(
    private readonly maxRows = MAX_SHEET_ROWS,
    private readonly maxColumns = MAX_SHEET_COLUMNS,
  ) {}

  /** True when a row number is beyond the rows read, so a caller can skip the row's cells. */
  rowOutside(row: number): boolean {
    return row > this.maxRows
  }

  set(row: number, column: number, text: string): void {
    if (text.trim() === '') return
    if (row > this.maxRows || column > this.maxColumns || row < 1 || column < 1) {
      this.noteOutside(row, column)
      return
    }
    let cells = this.rows[row - 1]
    if (!cells) {
      // Fill the gap with empty rows: the grid's row index is the sheet's row number.
      for (let r = this.rows.length; r < row - 1; r++) this.rows[r] ??= []
      cells = []
      this.rows[row - 1] = cells
    }
    for (let c = cells.length; c < column - 1; c++) cells[c] = ''
    cells[column - 1] = text
  }

  /** A cell not read because it is beyond the limits (counted, and named while few). */
  noteOutside(row: number, column: number): void {
    this.outside.count++
    if (this.outside.addresses.length < NAMED_OUTSIDE) this.outside.addresses.push(`${columnLetter(column - 1)}${row}`)
  }

  build(): SheetGrid {
    for (let r = 0; r < this.rows.length; r++) this.rows[r] ??= []
    return { grid: this.rows, outside: this.outside }
  }
}

/** The report's sentence for cells beyond the limits, or undefined when there are none. */
export function outsideCellsMessage(outside: OutsideCells): string | undefined {
  if (outside.count === 0) return undefined
  const named = outside.addresses.join(', ') + (outside.count > outside.addresses.length ? ', …' : '')
  const what = outside.count === 1 ? `1 cell (${named}) lies` : `${outside.count.toLocaleString('en-GB')} cells (${named}) lie`
  return `${what} beyond row ${MAX_SHEET_ROWS.toLocaleString('en-GB')} or column ${columnLetter(MAX_SHEET_COLUMNS - 1)}, the most this importer reads, so ${outside.count === 1 ? 'it was' : 'they were'} not read. A stray cell far below or to the right of the table can be deleted in Excel; a longer scorecard can be split into several files.`
}

/** A parsed CSV's rows as a bounded grid; blank rows keep their place (the report counts them). */
export function gridOfRows(rows: readonly (readonly string[])[]): SheetGrid {
  const outside = new SheetGridBuilder()
  const grid: Grid = []
  rows.forEach((row, r) => {
    const within = r < MAX_SHEET_ROWS
    row.forEach((text, c) => {
      if ((!within || c >= MAX_SHEET_COLUMNS) && text.trim() !== '') outside.noteOutside(r + 1, c + 1)
    })
    if (within) grid.push(row.length > MAX_SHEET_COLUMNS ? row.slice(0, MAX_SHEET_COLUMNS) : [...row])
  })
  return { grid, outside: outside.build().outside }
}
