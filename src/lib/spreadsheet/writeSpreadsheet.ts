// Writes the paper-layout table (already protected against formula injection
// by serialisePaperLayout) as CSV text or as an XLSX workbook.
import type { RagRating } from '../../domain/computeRag'
import type { PaperTable } from '../../domain/spreadsheet/serialisePaperLayout'
import type { TemplateSheet } from '../../domain/spreadsheet/serialiseTemplate'
import type { ExcelJS, Papa } from './spreadsheetLibraries'

/** CSV with a byte-order mark, which Excel needs to read £ and accents as UTF-8. */
export function paperTableToCsv(table: PaperTable, papa: Papa): string {
  return `\ufeff${papa.unparse(
    table.rows.map((row) => row.cells.map((c) => c.text)),
    { newline: '\r\n' },
  )}\r\n`
}

export async function paperTableToXlsx(table: PaperTable, excel: ExcelJS, sheetName = 'Scorecard'): Promise<ArrayBuffer> {
  return sheetsToXlsx([{ name: sheetName, columns: table.columns, rows: table.rows }], excel)
}

/**
 * RAG cells are filled in the rating's colour, light enough for the word in
 * it (which stays, so the sheet reads in black and white) to keep its
 * contrast; the text in the app's own shade of each colour.
 */
const RAG_COLOURS: Partial<Record<RagRating, { fill: string; text: string }>> = {
  red: { fill: 'FFF4CCCC', text: 'FF8C1D18' },
  amber: { fill: 'FFFFE5B4', text: 'FF7A3C00' },
  green: { fill: 'FFD9EAD3', text: 'FF1E6B36' },
}

/** A workbook of several sheets in the paper layout's style (a template and its notes). */
export async function sheetsToXlsx(sheets: readonly TemplateSheet[], excel: ExcelJS): Promise<ArrayBuffer> {
  const workbook = new excel.Workbook()
  workbook.creator = 'Corporate parenting scorecard'
  for (const table of sheets) addSheet(workbook, table)
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer
}

function addSheet(workbook: InstanceType<ExcelJS['Workbook']>, table: TemplateSheet): void {
  const headerRow = table.rows.findIndex((r) => r.kind === 'header') + 1
  const sheet = workbook.addWorksheet(table.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: headerRow, xSplit: 1 }] })
  const width = table.columns.length
  table.rows.forEach((row, index) => {
    const added = sheet.addRow(row.cells.map((c) => (c.figure ? c.figure.value : c.text)))
    row.cells.forEach((cell, c) => {
      if (cell.figure) added.getCell(c + 1).numFmt = cell.figure.numFmt
      const colours = cell.rag && RAG_COLOURS[cell.rag]
      if (colours) {
        const target = added.getCell(c + 1)
        target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colours.fill } }
        target.font = { bold: true, color: { argb: colours.text } }
      }
    })
    if (row.kind !== 'indicator') added.font = { bold: true, ...(row.kind === 'title' && index === 0 ? { size: 14 } : {}) }
    if (row.kind === 'section') sheet.mergeCells(index + 1, 1, index + 1, width)
    added.alignment = { vertical: 'top', wrapText: row.kind === 'indicator' || row.kind === 'header' }
  })
  const widths: Record<string, number> = {
    Ref: 8,
    Indicator: 48,
    Comments: 70,
    'Info available from': 18,
    'Commentary/Lead': 18,
    'Latest figure': 24,
    'Direction of travel': 18,
    'RAG as printed': 16,
    'Direction of travel as printed': 18,
    Column: 22,
    'What to put in it': 90,
    'For example': 30,
  }
  table.columns.forEach((header, i) => {
    sheet.getColumn(i + 1).width = widths[header] ?? 12
  })
}
