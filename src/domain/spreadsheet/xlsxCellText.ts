// One Excel cell (as exceljs reads it) as the text the officer sees. Kept free
// of exceljs itself so it is plain and testable; the shapes below are the
// cell values exceljs documents.
import { MONTH_NAMES } from '../calendarPeriods'
import { formatExcelNumber } from './excelNumberFormat'
import { restoreNeutralised } from './formulaGuard'

type ErrorValue = { error: string }
type RichTextValue = { richText: { text: string }[] }
type HyperlinkValue = { text: string; hyperlink: string }
type FormulaValue = { formula?: string; sharedFormula?: string; result?: number | string | boolean | Date | ErrorValue }

export type XlsxCellValue = null | undefined | number | string | boolean | Date | ErrorValue | RichTextValue | HyperlinkValue | FormulaValue

export type XlsxCell = {
  value: XlsxCellValue
  numFmt?: string
  /** True for the covered cells of a merged range: the text lives in the top-left cell only. */
  isMergedCovered?: boolean
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A date as its cell shows it: a month-and-year format ("mmm-yy", as a
 * monthly series' headings often are) reads as the month, "September 2020";
 * a year-only format as the year; anything else as the date, 2020-09-30.
 */
function dateText(date: Date, numFmt: string | undefined): string {
  const tokens = (numFmt ?? '').replace(/\[[^\]]*\]|"[^"]*"|\\./g, '').toLowerCase()
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
  if (tokens !== '' && !tokens.includes('d') && tokens.includes('y'))
    return tokens.includes('m') ? `${MONTH_NAMES[month - 1]} ${year}` : `${year}`
  return `${year}-${pad(month)}-${pad(day)}`
}

function plain(value: XlsxCellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return formatExcelNumber(value, numFmt)
  if (typeof value === 'string') return value
  // Excel shows TRUE / FALSE; "Yes" / "No" are what the scorecard prints, so keep Excel's words.
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return dateText(value, numFmt)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('hyperlink' in value) return value.text
  if ('error' in value) return value.error
  if ('formula' in value || 'sharedFormula' in value || 'result' in value) return plain((value as FormulaValue).result ?? null, numFmt)
  return ''
}

export function xlsxCellText(cell: XlsxCell): string {
  if (cell.isMergedCovered) return ''
  return restoreNeutralised(plain(cell.value, cell.numFmt))
}
