// Builds the export files: JSON in the project's format, and the paper layout
// as XLSX or CSV. The spreadsheet libraries load only when asked for.
import type { Scorecard } from '../../domain/scorecardSchema'
import { serialisePaperLayout } from '../../domain/spreadsheet/serialisePaperLayout'
import { serialiseScorecardJson } from './serialiseScorecardJson'
import { loadExcelJS, loadPapa } from './spreadsheetLibraries'
import { paperTableToCsv, paperTableToXlsx } from './writeSpreadsheet'

export type ExportFormat = 'json' | 'xlsx' | 'csv'
export type ExportFile = { name: string; type: string; data: BlobPart }

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'scorecard'

export async function buildExport(
  scorecard: Scorecard,
  format: ExportFormat,
  options: { reportPeriodId: string; fillComputed: boolean; today: string },
): Promise<ExportFile> {
  const base = `${slug(scorecard.title)}-${options.reportPeriodId}`
  if (format === 'json')
    return { name: `${slug(scorecard.title)}-${options.today}.json`, type: 'application/json', data: serialiseScorecardJson(scorecard) }
  const table = serialisePaperLayout(scorecard, { reportPeriodId: options.reportPeriodId, fillComputed: options.fillComputed })
  if (format === 'csv') return { name: `${base}.csv`, type: 'text/csv;charset=utf-8', data: paperTableToCsv(table, await loadPapa()) }
  return {
    name: `${base}.xlsx`,
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data: await paperTableToXlsx(table, await loadExcelJS()),
  }
}

/** Saves a file through the browser's own download: nothing is sent anywhere. */
export function downloadFile(file: ExportFile) {
  const url = URL.createObjectURL(new Blob([file.data], { type: file.type }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Today as YYYY-MM-DD in local time. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
