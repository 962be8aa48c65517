// Reads a file an officer chose or dropped (JSON, CSV or XLSX) into what the
// import is built from: a parsed scorecard, or a sheet's grid of text. Done
// once per file (in a worker, off the page's thread); mapping columns or
// choosing for a row then rebuilds the import from this without reading the
// file again. Never throws: any failure becomes a problem in the report.
import { parseScorecardJson } from '../../../domain/parseScorecard'
import type { Scorecard } from '../../../domain/scorecardSchema'
import { decodeText } from '../../../domain/spreadsheet/decodeText'
import type { ImportEntry } from '../../../domain/spreadsheet/importEntries'
import { guessHeaderRow, locateHeader } from '../../../domain/spreadsheet/locateHeader'
import { outsideCellsMessage, type Grid, type OutsideCells } from '../../../domain/spreadsheet/sheetGrid'
import { sheetOutline } from '../../../domain/spreadsheet/sheetColumns'
import { sniffFileKind, type FileKind } from '../../../domain/spreadsheet/sniffFileKind'
import {
  MAX_WORKBOOK_CONTENT,
  OversizedWorkbookError,
  readCsvGrid,
  readXlsxSheets,
  UnreadableWorkbookError,
  type BrokenQuote,
  type ReadProgress,
} from '../../../lib/spreadsheet/readSpreadsheet'

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

export type ImportInput = { name: string; bytes: Uint8Array }

/** What reading found: entries about the file itself, and what the import is built from (nothing, when it cannot be read). */
export type ImportSource = { name: string; kind: FileKind; entries: ImportEntry[] } & (
  { read: 'nothing' } | { read: 'json'; scorecard: Scorecard | null; text: string; issues: ImportEntry[] } | { read: 'sheet'; grid: Grid }
)

/** What the page needs to know before building: the saved mapping to look for, and whether council names may be needed. */
export type SourceOutline = { fingerprint?: string; titleRows: boolean }

export function outlineOf(source: ImportSource): SourceOutline {
  return source.read === 'sheet' ? sheetOutline(source.grid) : { titleRows: false }
}

const DELIMITER_WORDS: Record<string, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'vertical bars' }

const fileProblem = (message: string): ImportEntry => ({ status: 'problem', column: '(file)', message })

/** What is wrong with a cell whose quote never closes, and the two ways to put it right. */
const brokenQuoteMessage = ({ row, excerpt }: BrokenQuote) =>
  `Row ${row} has a cell that starts with a quote mark, at: ${excerpt}. ` +
  'CSV reads such a cell up to a closing quote that is followed by the separator or the end of the line, and there is none, ' +
  'so the rest of the file would fall into that one cell: nothing was imported. ' +
  'Save the sheet as CSV again from your spreadsheet (which quotes such a cell itself), or in a text editor put the whole cell ' +
  'in quotes and double each quote mark inside it: a cell that reads "Good" says the lead is written """Good"" says the lead".'

const outsideEntries = (outside: OutsideCells): ImportEntry[] => {
  const message = outsideCellsMessage(outside)
  return message ? [fileProblem(message)] : []
}

export async function readImportSource(input: ImportInput, onProgress?: ReadProgress): Promise<ImportSource> {
  const { name, bytes } = input
  const { length } = bytes
  const kind = length === 0 || length > MAX_IMPORT_BYTES ? 'binary' : sniffFileKind(name, bytes)
  const nothing = (...entries: ImportEntry[]): ImportSource => ({ name, kind, entries, read: 'nothing' })
  if (length === 0) return nothing(fileProblem('The file is empty.'))
  if (length > MAX_IMPORT_BYTES)
    return nothing(
      fileProblem(
        `The file is ${(length / 1024 / 1024).toFixed(1)} MB; files over ${MAX_IMPORT_BYTES / 1024 / 1024} MB are not read. A scorecard is far smaller: check it is the right file.`,
      ),
    )
  try {
    if (/\.xls[xm]$/i.test(name) && kind !== 'xlsx')
      return nothing(
        fileProblem(
          `The file is named ${name} but is not an Excel workbook inside (it may have been renamed, or saved in another format). Nothing was imported.`,
        ),
      )
    switch (kind) {
      case 'xls':
        return nothing(
          fileProblem(
            'This is an older Excel 97–2003 (.xls) file or a password-protected workbook. Save it as an Excel Workbook (.xlsx) or as CSV, without a password, and import that.',
          ),
        )
      case 'binary':
        return nothing(fileProblem('This is not a JSON, CSV or Excel (.xlsx) file, so it cannot be read. Nothing was imported.'))
      case 'json': {
        const decoded = decodeText(bytes)
        const parsed = parseScorecardJson(decoded.text, name)
        const issues = parsed.issues.map((issue): ImportEntry => ({
          status: issue.severity === 'error' ? 'problem' : 'warning',
          ...(issue.ref ? { ref: issue.ref } : {}),
          column: issue.field,
          message: issue.message,
        }))
        return { name, kind, entries: [], read: 'json', scorecard: parsed.scorecard, text: decoded.text, issues }
      }
      case 'csv': {
        const decoded = decodeText(bytes)
        const csv = await readCsvGrid(decoded.text)
        // Read past a broken quote, the rows after it would be cells of one row: nothing is safe to take.
        if (csv.brokenQuote) return nothing(fileProblem(brokenQuoteMessage(csv.brokenQuote)))
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
          ...outsideEntries(csv.outside),
        ]
        return { name, kind, entries, read: 'sheet', grid: csv.grid }
      }
      case 'xlsx':
        return await readXlsx(input, kind, onProgress)
    }
  } catch (error) {
    return nothing(
      fileProblem(
        `Something went wrong reading this file (${error instanceof Error ? error.message : String(error)}). Nothing was imported and the current scorecard is unchanged.`,
      ),
    )
  }
}

async function readXlsx({ name, bytes }: ImportInput, kind: FileKind, onProgress?: ReadProgress): Promise<ImportSource> {
  const nothing = (...entries: ImportEntry[]): ImportSource => ({ name, kind, entries, read: 'nothing' })
  let sheets
  try {
    sheets = await readXlsxSheets(bytes.slice().buffer, onProgress)
  } catch (error) {
    if (error instanceof OversizedWorkbookError)
      return nothing(
        fileProblem(
          `This workbook's sheets unpack to ${Math.round(error.contentBytes / 1024 / 1024)} MB, more than the ${MAX_WORKBOOK_CONTENT / 1024 / 1024} MB this importer opens, so it was not read. A scorecard is far smaller: delete stray cells far below or right of the table, or split the sheet.`,
        ),
      )
    if (!(error instanceof UnreadableWorkbookError)) throw error
    return nothing(
      fileProblem(
        'This file could not be opened as an Excel workbook: it may be damaged, or another kind of file renamed .xlsx. Nothing was imported.',
      ),
    )
  }
  if (sheets.length === 0) return nothing(fileProblem('The workbook has no sheets.'))
  // The first sheet whose headings can be read, else the first with anything that looks like headings, for mapping.
  const chosen =
    sheets.find((sheet) => locateHeader(sheet.grid) !== null) ?? sheets.find((sheet) => guessHeaderRow(sheet.grid) !== null) ?? sheets[0]!
  const skipped = sheets
    .filter((sheet) => sheet !== chosen)
    .map((sheet): ImportEntry => ({
      status: 'ignored',
      column: '(sheet)',
      message: `Sheet "${sheet.name}" has no scorecard header row; it was not read.`,
    }))
  const understood: ImportEntry = {
    status: 'understood',
    column: '(file)',
    message: `Read as an Excel workbook: sheet "${chosen.name}" (${chosen.grid.length} rows).`,
  }
  return { name, kind, entries: [...skipped, understood, ...outsideEntries(chosen.outside)], read: 'sheet', grid: chosen.grid }
}
