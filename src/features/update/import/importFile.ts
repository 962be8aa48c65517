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
import { plural, pluralWord } from '../../../domain/wording'
import { diffScorecards, summariseRefs, type RefSummary, type ScorecardChange } from '../diffScorecards'
import { CURRENT_FILE, mergeJsonScorecard } from './mergeJsonScorecard'
import { readCsvGrid, readXlsxSheets, UnreadableWorkbookError, type Grid } from '../../../lib/spreadsheet/readSpreadsheet'

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

/** What one way of reading a file found: its report entries and the scorecard it would give (null: nothing usable). */
type FileRead = { entries: ImportEntry[]; candidate: Scorecard | null; refsInFile: ReadonlySet<string> }

const NONE: ReadonlySet<string> = new Set()
const fileProblem = (message: string): ImportEntry => ({ status: 'problem', column: '(file)', message })
const unusable = (...entries: ImportEntry[]): FileRead => ({ entries, candidate: null, refsInFile: NONE })

export async function importFile(input: ImportInput, base: Scorecard, today: string): Promise<ImportOutcome> {
  const { length } = input.bytes
  const kind = length === 0 || length > MAX_IMPORT_BYTES ? 'binary' : sniffFileKind(input.name, input.bytes)
  const read = await readFile(input, kind, base, today)
  const changes = read.candidate ? diffScorecards(base, read.candidate) : []
  const closing: ImportEntry[] = []
  if (read.candidate && changes.length === 0)
    closing.push({ status: 'understood', column: '(file)', message: 'Importing this file would change nothing in the current scorecard.' })
  if (!read.candidate && !read.entries.some((e) => e.status === 'problem')) closing.push(fileProblem('Nothing in this file could be used.'))
  return {
    fileName: input.name,
    kind,
    entries: sortEntries([...read.entries, ...closing]),
    candidate: read.candidate,
    changes,
    summary: read.candidate ? summariseRefs(base, read.candidate, read.refsInFile) : null,
  }
}

async function readFile(input: ImportInput, kind: FileKind, base: Scorecard, today: string): Promise<FileRead> {
  const { name, bytes } = input
  if (bytes.length === 0) return unusable(fileProblem('The file is empty.'))
  if (bytes.length > MAX_IMPORT_BYTES)
    return unusable(
      fileProblem(
        `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; files over ${MAX_IMPORT_BYTES / 1024 / 1024} MB are not read. A scorecard is far smaller: check it is the right file.`,
      ),
    )
  try {
    if (/\.xls[xm]$/i.test(name) && kind !== 'xlsx')
      return unusable(
        fileProblem(
          `The file is named ${name} but is not an Excel workbook inside (it may have been renamed, or saved in another format). Nothing was imported.`,
        ),
      )
    switch (kind) {
      case 'xls':
        return unusable(
          fileProblem(
            'This is an older Excel 97–2003 (.xls) file or a password-protected workbook. Save it as an Excel Workbook (.xlsx) or as CSV, without a password, and import that.',
          ),
        )
      case 'binary':
        return unusable(fileProblem('This is not a JSON, CSV or Excel (.xlsx) file, so it cannot be read. Nothing was imported.'))
      case 'json':
        return readJson(input, base)
      case 'csv':
        return await readCsv(input, base, today)
      case 'xlsx':
        return await readXlsx(input, base, today)
    }
  } catch (error) {
    return unusable(
      fileProblem(
        `Something went wrong reading this file (${error instanceof Error ? error.message : String(error)}). Nothing was imported and the current scorecard is unchanged.`,
      ),
    )
  }
}

function readJson({ name, bytes }: ImportInput, base: Scorecard): FileRead {
  const decoded = decodeText(bytes)
  const parsed = parseScorecardJson(decoded.text, name)
  const toEntry = (issue: { severity: 'error' | 'warning'; ref?: string; field: string; message: string }): ImportEntry => ({
    status: issue.severity === 'error' ? 'problem' : 'warning',
    ...(issue.ref ? { ref: issue.ref } : {}),
    column: issue.field,
    message: issue.message,
  })
  const issues = parsed.issues.map(toEntry)
  if (!parsed.scorecard) return unusable(fileProblem(notAScorecardMessage(decoded.text)), ...issues)
  const imported = parsed.scorecard
  const understood: ImportEntry = {
    status: 'understood',
    column: '(file)',
    message: `Read as a scorecard file in the project's format: ${imported.indicators.length} indicators, ${imported.additions.length} additions.`,
  }
  if (imported.indicators.length === 0 && imported.additions.length === 0)
    return unusable(understood, ...issues, fileProblem('The file has no indicators and no additions, so there is nothing to import.'))
  const indicators = imported.indicators.map((indicator): ImportEntry => ({
    status: 'understood',
    ref: indicator.ref,
    column: '(indicator)',
    message: `${indicator.title}: ${indicator.values.length} figures, ${indicator.commentary.length} comments.`,
  }))
  const merged = mergeJsonScorecard(base, imported, name)
  const repeated = merged.alreadyPresent.map(({ ref, count }): ImportEntry => ({
    status: 'ignored',
    ref,
    column: 'additions',
    message: `${plural(count, 'item is', 'items are')} already in the scorecard, so ${pluralWord(count, 'it is', 'they are')} not added again.`,
  }))
  return {
    entries: [understood, ...issues, ...indicators, ...merged.issues.filter((i) => i.file !== CURRENT_FILE).map(toEntry), ...repeated],
    candidate: merged.scorecard,
    refsInFile: new Set([...imported.indicators.map((i) => i.ref), ...imported.additions.map((a) => a.ref)]),
  }
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

async function readCsv({ name, bytes }: ImportInput, base: Scorecard, today: string): Promise<FileRead> {
  const decoded = decodeText(bytes)
  const csv = await readCsvGrid(decoded.text)
  const entries: ImportEntry[] = [
    ...(decoded.warning ? [{ status: 'warning', column: '(file)', message: decoded.warning } as const] : []),
    {
      status: 'understood',
      column: '(file)',
      message: `Read as CSV separated by ${DELIMITER_WORDS[csv.delimiter] ?? `"${csv.delimiter}"`}, ${decoded.encoding}, ${csv.grid.length} rows.`,
    },
    ...csv.warnings.map((warning): ImportEntry => ({
      status: 'warning',
      ...(warning.row ? { row: warning.row } : {}),
      column: '(row)',
      message: warning.message,
    })),
  ]
  return readGrid(csv.grid, name, base, today, entries)
}

async function readXlsx({ name, bytes }: ImportInput, base: Scorecard, today: string): Promise<FileRead> {
  let sheets
  try {
    sheets = await readXlsxSheets(bytes.slice().buffer)
  } catch (error) {
    if (!(error instanceof UnreadableWorkbookError)) throw error
    return unusable(
      fileProblem(
        'This file could not be opened as an Excel workbook: it may be damaged, or another kind of file renamed .xlsx. Nothing was imported.',
      ),
    )
  }
  const found = sheets.map((sheet) => ({ sheet, header: locateHeader(sheet.grid) })).find((s) => s.header !== null)
  const skipped = sheets
    .filter((sheet) => sheet !== found?.sheet)
    .map((sheet): ImportEntry => ({
      status: 'ignored',
      column: '(sheet)',
      message: `Sheet "${sheet.name}" has no scorecard header row; it was not read.`,
    }))
  if (!found) return unusable(...skipped, fileProblem(sheets.length === 0 ? 'The workbook has no sheets.' : NO_HEADER))
  const understood: ImportEntry = {
    status: 'understood',
    column: '(file)',
    message: `Read as an Excel workbook: sheet "${found.sheet.name}" (${found.sheet.grid.length} rows).`,
  }
  return readGrid(found.sheet.grid, name, base, today, [...skipped, understood])
}

/** The paper layout in a grid; `before` are the entries about reading the file, which come first. */
function readGrid(grid: Grid, name: string, base: Scorecard, today: string, before: ImportEntry[]): FileRead {
  const header = locateHeader(grid)
  if (!header) return unusable(...before, fileProblem(NO_HEADER))
  const sheet = readPaperRows(grid, header)
  const built = buildPaperScorecard(sheet, { fileName: name, base, today })
  return { entries: [...before, ...built.entries], candidate: built.scorecard, refsInFile: new Set(sheet.rows.map((r) => r.ref)) }
}
