// Reads CSV text and XLSX workbooks into plain grids of cell text, the only
// thing the domain's sheet reader needs. The libraries load on first use
// (spreadsheetLibraries.ts); writeSpreadsheet.ts is the other direction.
// Reading is bounded by the cells that exist: a sheet's claimed size (one
// stray cell at XFD1048576 claims 17 billion cells) is never walked, and
// rows and columns beyond what a scorecard can use are counted, not read.
import { restoreNeutralised } from '../../domain/spreadsheet/formulaGuard'
import { gridOfRows, MAX_SHEET_ROWS, SheetGridBuilder, type Grid, type OutsideCells } from '../../domain/spreadsheet/sheetGrid'
import { workbookContentSize, zipEntries } from '../../domain/spreadsheet/zipEntries'
import { xlsxCellText, type XlsxCellValue } from '../../domain/spreadsheet/xlsxCellText'
import { loadExcelJS, loadPapa } from './spreadsheetLibraries'

export type { Grid }

/** Rows read so far, for a progress bar; `total` when it is known. */
export type ReadProgress = (done: number, total?: number) => void

/**
 * Where a quoted cell is broken (opened and never properly closed): from
 * there on the reader cannot tell cells or rows apart, so the grid after it
 * is not the file's. `excerpt` is the file's text from the opening quote to
 * the end of that line.
 */
export type BrokenQuote = { row: number; excerpt: string }

export type CsvGrid = {
  grid: Grid
  delimiter: string
  warnings: { row?: number; message: string }[]
  brokenQuote?: BrokenQuote
  outside: OutsideCells
}

export async function readCsvGrid(text: string): Promise<CsvGrid> {
  const papa = await loadPapa()
  // One row more than is read, to know whether there were more.
  const result = papa.parse<string[]>(text, {
    delimiter: '',
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: false,
    preview: MAX_SHEET_ROWS + 1,
  })
  const rows = result.data.map((row) => row.map((cell) => restoreNeutralised(cell ?? '')))
  // A final newline gives one empty record; it is not a row of the sheet.
  if (rows.length > 0 && rows.at(-1)!.every((c) => c === '')) rows.pop()
  const { grid, outside } = gridOfRows(rows)
  const quoteError = result.errors.find((e) => e.type === 'Quotes' && e.row !== undefined)
  // Papa's index is at or just after the opening quote.
  const brokenQuote = quoteError && {
    row: quoteError.row! + 1,
    excerpt: text
      .slice(Math.max(0, text.lastIndexOf('"', quoteError.index)))
      .split(/\r?\n|\r/, 1)[0]!
      .slice(0, 80),
  }
  const warnings = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter' && e.type !== 'Quotes')
    .slice(0, 50)
    .map((e) => ({ ...(e.row !== undefined ? { row: e.row + 1 } : {}), message: `The CSV could not be read cleanly here: ${e.message}.` }))
  if (result.meta.truncated)
    warnings.push({
      message: `The file has more than ${MAX_SHEET_ROWS.toLocaleString('en-GB')} rows, the most this importer reads; only the first ${MAX_SHEET_ROWS.toLocaleString('en-GB')} were read. Split it into several files.`,
    })
  return { grid, delimiter: result.meta.delimiter, warnings, ...(brokenQuote ? { brokenQuote } : {}), outside }
}

export type XlsxSheet = { name: string; grid: Grid; outside: OutsideCells }

/** The file is not a workbook that can be opened (damaged, or another kind of file renamed .xlsx). */
export class UnreadableWorkbookError extends Error {
  constructor(cause: unknown) {
    super(`The workbook could not be opened: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = 'UnreadableWorkbookError'
  }
}

/** 150 MB of sheet XML: about 250,000 rows of a scorecard; opening more would take minutes, or the tab's memory. */
export const MAX_WORKBOOK_CONTENT = 150 * 1024 * 1024

/** The workbook would unpack to more than can be opened in time; nothing was read. */
export class OversizedWorkbookError extends Error {
  constructor(readonly contentBytes: number) {
    super(`The workbook's sheets unpack to ${Math.round(contentBytes / 1024 / 1024)} MB`)
    this.name = 'OversizedWorkbookError'
  }
}

/**
 * Every sheet as a grid. Rejects with UnreadableWorkbookError when the data
 * cannot be read as a workbook, and OversizedWorkbookError (before opening
 * it) when its sheets would unpack to more than MAX_WORKBOOK_CONTENT.
 */
export async function readXlsxSheets(data: ArrayBuffer, onProgress?: ReadProgress): Promise<XlsxSheet[]> {
  const entries = zipEntries(new Uint8Array(data))
  if (entries) {
    const size = workbookContentSize(entries)
    if (size > MAX_WORKBOOK_CONTENT) throw new OversizedWorkbookError(size)
  }
  const excel = await loadExcelJS()
  try {
    const workbook = new excel.Workbook()
    await workbook.xlsx.load(data)
    let done = 0
    return workbook.worksheets.map((sheet) => {
      const builder = new SheetGridBuilder()
      // Only the rows and cells that exist: never rowCount × columnCount.
      sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        if (onProgress && ++done % 2000 === 0) onProgress(done)
        const outside = builder.rowOutside(rowNumber)
        row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
          const text = xlsxCellText({
            value: cell.value as XlsxCellValue,
            numFmt: cell.numFmt,
            isMergedCovered: cell.isMerged && cell.master.address !== cell.address,
          })
          // A cell holding an empty string is no cell of the table, wherever it is.
          if (outside && text.trim() !== '') builder.noteOutside(rowNumber, columnNumber)
          else builder.set(rowNumber, columnNumber, text)
        })
      })
      const { grid, outside } = builder.build()
      return { name: sheet.name, grid, outside }
    })
  } catch (error) {
    throw new UnreadableWorkbookError(error)
  }
}
