// Builds the export files: JSON in the project's format, and the paper layout
// as XLSX or CSV. The spreadsheet libraries load only when asked for.
import type { Scorecard } from '../../domain/scorecardSchema'
import { serialisePaperLayout } from '../../domain/spreadsheet/serialisePaperLayout'
import { serialiseTemplate } from '../../domain/spreadsheet/serialiseTemplate'
import { saveFile } from '../download'
import { slugify } from '../fileNames'
import { serialiseScorecardJson } from './serialiseScorecardJson'
import { loadExcelJS, loadPapa } from './spreadsheetLibraries'
import { paperTableToCsv, paperTableToXlsx, sheetsToXlsx } from './writeSpreadsheet'

export type ExportFormat = 'json' | 'xlsx' | 'csv'
export type ExportFile = { name: string; type: string; data: BlobPart }

/** "corporate-parenting-scorecard-2018-19": the scorecard's title as a file name. */
const titleSlug = (scorecard: Scorecard) => slugify(scorecard.title) || 'scorecard'

export async function buildExport(
  scorecard: Scorecard,
  format: ExportFormat,
  options: {
    reportPeriodId: string
    fillComputed: boolean
    today: string
    /** What the screen says, as the table's download does (serialisePaperLayout's `assessed`). */
    assessed?: boolean
  },
): Promise<ExportFile> {
  const base = `${titleSlug(scorecard)}-${slugify(options.reportPeriodId, 'code')}`
  if (format === 'json')
    return { name: `${titleSlug(scorecard)}-${options.today}.json`, type: 'application/json', data: serialiseScorecardJson(scorecard) }
  const table = serialisePaperLayout(scorecard, {
    reportPeriodId: options.reportPeriodId,
    fillComputed: options.fillComputed,
    assessed: options.assessed ?? false,
  })
  if (format === 'csv') return { name: `${base}.csv`, type: 'text/csv;charset=utf-8', data: paperTableToCsv(table, await loadPapa()) }
  return {
    name: `${base}.xlsx`,
    type: XLSX_TYPE,
    data: await paperTableToXlsx(table, await loadExcelJS()),
  }
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A new scorecard as a spreadsheet template to fill in (serialiseTemplate.ts), named after its title and council. */
export async function buildTemplateFile(scorecard: Scorecard, reportingYearStart: number): Promise<ExportFile> {
  const sheets = serialiseTemplate(scorecard, reportingYearStart)
  const name = `${titleSlug(scorecard)}-${slugify(scorecard.authority) || 'council'}-${scorecard.reportingYear}-template.xlsx`
  return { name, type: XLSX_TYPE, data: await sheetsToXlsx(sheets, await loadExcelJS()) }
}

/** Saves an export file through the browser's own download. */
export function saveExportFile(file: ExportFile): void {
  saveFile(new Blob([file.data], { type: file.type }), file.name)
}

/** Today as YYYY-MM-DD in local time. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
