// Writes the paper-layout table (already protected against formula injection
// by serialisePaperLayout) as CSV text or as an XLSX workbook.
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
    Column: 22,
    'What to put in it': 90,
    'For example': 30,
  }
  table.columns.forEach((header, i) => {
    sheet.getColumn(i + 1).width = widths[header] ?? 12
  })
}
