// Reads a file an officer chose or dropped (JSON, CSV or XLSX) into a report
// and a candidate scorecard. Nothing here changes the scorecard in use: the
// page shows the report and only a confirmation applies the candidate.
// Never throws: any failure becomes a problem in the report.
import { parseScorecardJson } from '../../../domain/parseScorecard'
import type { Scorecard } from '../../../domain/scorecardSchema'
import { buildPaperScorecard } from '../../../domain/spreadsheet/buildPaperScorecard'
import { decodeText } from '../../../domain/spreadsheet/decodeText'
import { sortEntries, type ImportEntry } from '../../../domain/spreadsheet/importEntries'
import { locateHeader } from '../../../domain/spreadsheet/locateHeader'
import { readPaperRows } from '../../../domain/spreadsheet/readPaperRows'
import { sniffFileKind, type FileKind } from '../../../domain/spreadsheet/sniffFileKind'
import { diffScorecards, summariseRefs, type RefSummary, type ScorecardChange } from '../diffScorecards'
import { CURRENT_FILE, mergeJsonScorecard } from './mergeJsonScorecard'
import { readCsvGrid, readXlsxSheets, type Grid } from '../../../lib/spreadsheet/readSpreadsheet'
import { loadExcelJS, loadPapa } from '../../../lib/spreadsheet/spreadsheetLibraries'

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

export type ImportOutcome = {
  fileName: string
  kind: FileKind
  entries: ImportEntry[]
  /** The scorecard the import would give; null when nothing in the file can be used. */
  candidate: Scorecard | null
  changes: ScorecardChange[]
  summary: RefSummary | null
}

export type ImportInput = { name: string; bytes: Uint8Array }

const DELIMITER_WORDS: Record<string, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'vertical bars' }

const NO_HEADER =
  'No header row was found: none of the first 40 rows has a Ref column and at least two other scorecard columns (Indicator, Polarity, Target, Qu 1 18-19, Comments…). Check the file is laid out like the paper scorecard.'

export async function importFile(input: ImportInput, base: Scorecard, today: string): Promise<ImportOutcome> {
  const { name, bytes } = input
  const entries: ImportEntry[] = []
  const problem = (message: string) => entries.push({ status: 'problem', column: '(file)', message })
  const finish = (kind: FileKind, candidate: Scorecard | null, refsInFile: ReadonlySet<string>): ImportOutcome => {
    const changes = candidate ? diffScorecards(base, candidate) : []
    if (candidate && changes.length === 0)
      entries.push({
        status: 'understood',
        column: '(file)',
        message: 'Importing this file would change nothing in the current scorecard.',
      })
    if (!candidate && !entries.some((e) => e.status === 'problem')) problem('Nothing in this file could be used.')
    return {
      fileName: name,
      kind,
      entries: sortEntries(entries),
      candidate,
      changes,
      summary: candidate ? summariseRefs(base, candidate, refsInFile) : null,
    }
  }

  if (bytes.length === 0) {
    problem('The file is empty.')
    return finish('binary', null, new Set())
  }
  if (bytes.length > MAX_IMPORT_BYTES) {
    problem(
      `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; files over ${MAX_IMPORT_BYTES / 1024 / 1024} MB are not read. A scorecard is far smaller: check it is the right file.`,
    )
    return finish('binary', null, new Set())
  }

  const kind = sniffFileKind(name, bytes)
  try {
    if (/\.xls[xm]$/i.test(name) && kind !== 'xlsx') {
      problem(
        `The file is named ${name} but is not an Excel workbook inside (it may have been renamed, or saved in another format). Nothing was imported.`,
      )
      return finish(kind, null, new Set())
    }
    switch (kind) {
      case 'xls':
        problem(
          'This is an older Excel 97–2003 (.xls) file or a password-protected workbook. Save it as an Excel Workbook (.xlsx) or as CSV, without a password, and import that.',
        )
        return finish(kind, null, new Set())
      case 'binary':
        problem('This is not a JSON, CSV or Excel (.xlsx) file, so it cannot be read. Nothing was imported.')
        return finish(kind, null, new Set())
      case 'json':
        return importJson(input, base, entries, finish)
      case 'csv':
        return await importCsv(input, base, today, entries, finish)
      case 'xlsx':
        return await importXlsx(input, base, today, entries, finish)
    }
  } catch (error) {
    problem(
      `Something went wrong reading this file (${error instanceof Error ? error.message : String(error)}). Nothing was imported and the current scorecard is unchanged.`,
    )
    return finish(kind, null, new Set())
  }
}

type Finish = (kind: FileKind, candidate: Scorecard | null, refsInFile: ReadonlySet<string>) => ImportOutcome

function importJson({ name, bytes }: ImportInput, base: Scorecard, entries: ImportEntry[], finish: Finish): ImportOutcome {
  const decoded = decodeText(bytes)
  const parsed = parseScorecardJson(decoded.text, name)
  const toEntry = (issue: { severity: 'error' | 'warning'; ref?: string; field: string; message: string }): ImportEntry => ({
    status: issue.severity === 'error' ? 'problem' : 'warning',
    ...(issue.ref ? { ref: issue.ref } : {}),
    column: issue.field,
    message: issue.message,
  })
  entries.push(...parsed.issues.map(toEntry))
  if (!parsed.scorecard) {
    entries.unshift({ status: 'problem', column: '(file)', message: notAScorecardMessage(decoded.text) })
    return finish('json', null, new Set())
  }
  const imported = parsed.scorecard
  entries.unshift({
    status: 'understood',
    column: '(file)',
    message: `Read as a scorecard file in the project's format: ${imported.indicators.length} indicators, ${imported.additions.length} additions.`,
  })
  if (imported.indicators.length === 0 && imported.additions.length === 0) {
    entries.push({
      status: 'problem',
      column: '(file)',
      message: 'The file has no indicators and no additions, so there is nothing to import.',
    })
    return finish('json', null, new Set())
  }
  for (const indicator of imported.indicators) {
    entries.push({
      status: 'understood',
      ref: indicator.ref,
      column: '(indicator)',
      message: `${indicator.title}: ${indicator.values.length} figures, ${indicator.commentary.length} comments.`,
    })
  }
  const merged = mergeJsonScorecard(base, imported, name)
  entries.push(...merged.issues.filter((i) => i.file !== CURRENT_FILE).map(toEntry))
  for (const { ref, count } of merged.alreadyPresent) {
    entries.push({
      status: 'ignored',
      ref,
      column: 'additions',
      message: `${count} ${count === 1 ? 'item is' : 'items are'} already in the scorecard, so ${count === 1 ? 'it is' : 'they are'} not added again.`,
    })
  }
  const refs = new Set([...imported.indicators.map((i) => i.ref), ...imported.additions.map((a) => a.ref)])
  return finish('json', merged.scorecard, refs)
}

function notAScorecardMessage(text: string): string {
  try {
    const data = JSON.parse(text) as unknown
    if (data && typeof data === 'object' && Array.isArray((data as { files?: unknown }).files)) {
      return 'This is a file list (manifest.json), not a scorecard. Import one of the scorecard files it lists instead.'
    }
  } catch {
    return 'This file is not valid JSON, so nothing was imported. The details are below.'
  }
  return `This JSON is not a scorecard in the project's format ("format": "corporate-parenting-scorecard/1" with authority, title, periods, sections and indicators). Nothing was imported.`
}

async function importCsv(
  { name, bytes }: ImportInput,
  base: Scorecard,
  today: string,
  entries: ImportEntry[],
  finish: Finish,
): Promise<ImportOutcome> {
  const decoded = decodeText(bytes)
  if (decoded.warning) entries.push({ status: 'warning', column: '(file)', message: decoded.warning })
  const papa = await loadPapa()
  const csv = readCsvGrid(decoded.text, papa)
  entries.push({
    status: 'understood',
    column: '(file)',
    message: `Read as CSV separated by ${DELIMITER_WORDS[csv.delimiter] ?? `"${csv.delimiter}"`}, ${decoded.encoding}, ${csv.grid.length} rows.`,
  })
  for (const warning of csv.warnings)
    entries.push({ status: 'warning', ...(warning.row ? { row: warning.row } : {}), column: '(row)', message: warning.message })
  return importGrid(csv.grid, name, 'csv', base, today, entries, finish)
}

async function importXlsx(
  { name, bytes }: ImportInput,
  base: Scorecard,
  today: string,
  entries: ImportEntry[],
  finish: Finish,
): Promise<ImportOutcome> {
  const excel = await loadExcelJS()
  let sheets
  try {
    sheets = await readXlsxSheets(bytes.slice().buffer, excel)
  } catch {
    entries.push({
      status: 'problem',
      column: '(file)',
      message:
        'This file could not be opened as an Excel workbook: it may be damaged, or another kind of file renamed .xlsx. Nothing was imported.',
    })
    return finish('xlsx', null, new Set())
  }
  const found = sheets.map((sheet) => ({ sheet, header: locateHeader(sheet.grid) })).find((s) => s.header !== null)
  for (const sheet of sheets) {
    if (sheet !== found?.sheet)
      entries.push({ status: 'ignored', column: '(sheet)', message: `Sheet "${sheet.name}" has no scorecard header row; it was not read.` })
  }
  if (!found) {
    entries.push({ status: 'problem', column: '(file)', message: sheets.length === 0 ? 'The workbook has no sheets.' : NO_HEADER })
    return finish('xlsx', null, new Set())
  }
  entries.push({
    status: 'understood',
    column: '(file)',
    message: `Read as an Excel workbook: sheet "${found.sheet.name}" (${found.sheet.grid.length} rows).`,
  })
  return importGrid(found.sheet.grid, name, 'xlsx', base, today, entries, finish)
}

function importGrid(
  grid: Grid,
  name: string,
  kind: FileKind,
  base: Scorecard,
  today: string,
  entries: ImportEntry[],
  finish: Finish,
): ImportOutcome {
  const header = locateHeader(grid)
  if (!header) {
    entries.push({ status: 'problem', column: '(file)', message: NO_HEADER })
    return finish(kind, null, new Set())
  }
  const sheet = readPaperRows(grid, header)
  const built = buildPaperScorecard(sheet, { fileName: name, base, today })
  entries.push(...built.entries)
  return finish(kind, built.scorecard, new Set(sheet.rows.map((r) => r.ref)))
}
