// Reads CSV text and XLSX workbooks into plain grids of cell text, the only
// thing the domain's paper-layout reader needs. The libraries load on first
// use (spreadsheetLibraries.ts); writeSpreadsheet.ts is the other direction.
import { restoreNeutralised } from '../../domain/spreadsheet/formulaGuard'
import { xlsxCellText, type XlsxCellValue } from '../../domain/spreadsheet/xlsxCellText'
import { loadExcelJS, loadPapa } from './spreadsheetLibraries'

export type Grid = string[][]

export type CsvGrid = { grid: Grid; delimiter: string; warnings: { row?: number; message: string }[] }

export async function readCsvGrid(text: string): Promise<CsvGrid> {
  const papa = await loadPapa()
  const result = papa.parse<string[]>(text, { delimiter: '', delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: false })
  const grid = result.data.map((row) => row.map((cell) => restoreNeutralised(cell ?? '')))
  // A final newline gives one empty record; it is not a row of the sheet.
  if (grid.length > 0 && grid.at(-1)!.every((c) => c === '')) grid.pop()
  const warnings = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({ ...(e.row !== undefined ? { row: e.row + 1 } : {}), message: `The CSV could not be read cleanly here: ${e.message}.` }))
  return { grid, delimiter: result.meta.delimiter, warnings }
}

export type XlsxSheet = { name: string; grid: Grid }

/** The file is not a workbook that can be opened (damaged, or another kind of file renamed .xlsx). */
export class UnreadableWorkbookError extends Error {
  constructor(cause: unknown) {
    super(`The workbook could not be opened: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = 'UnreadableWorkbookError'
  }
}

/** Every sheet as a grid. Rejects with UnreadableWorkbookError when the data cannot be read as a workbook. */
export async function readXlsxSheets(data: ArrayBuffer): Promise<XlsxSheet[]> {
  const excel = await loadExcelJS()
  try {
    const workbook = new excel.Workbook()
    await workbook.xlsx.load(data)
    return workbook.worksheets.map((sheet) => {
      const grid: Grid = []
      const width = sheet.columnCount
      for (let r = 1; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r)
        const cells: string[] = []
        for (let c = 1; c <= width; c++) {
          const cell = row.getCell(c)
          cells.push(
            xlsxCellText({
              value: cell.value as XlsxCellValue,
              numFmt: cell.numFmt,
              isMergedCovered: cell.isMerged && cell.master.address !== cell.address,
            }),
          )
        }
        grid.push(cells)
      }
      return { name: sheet.name, grid }
    })
  } catch (error) {
    throw new UnreadableWorkbookError(error)
  }
}
