// One sheet's import, from its grid of text: find the headings (or use the
// row the officer named), apply the officer's column mapping, say which
// council the title rows name, then read the rows into a scorecard. A sheet
// naming another council is never merged into the one in use: it becomes a
// new scorecard only when the officer asks for that.
import { financialYearInText } from './readPeriodHeading'
import { applyMapping, type ColumnMapping } from './columnMapping'
import type { ImportEntry } from './importEntries'
import { guessHeaderRow, headerAtRow, locateHeader } from './locateHeader'
import { councilNamedIn, councilTitle, sameCouncil } from './namedCouncil'
import { buildPaperScorecard, type PaperImportOptions, type PaperImportResult } from './buildPaperScorecard'
import { readPaperRows } from './readPaperRows'
import { describeSheetColumns, unreadableSheetMessage, type SheetColumns } from './sheetColumns'
import type { Scorecard } from '../scorecardSchema'

export type OtherCouncil = { name: string; from: 'authority' | 'title rows' }

export type SheetImportOptions = Omit<PaperImportOptions, 'base' | 'authority'> & {
  base: Scorecard
  mapping?: ColumnMapping
  /** The official names of English councils, to recognise one in the title rows; empty when not loaded. */
  councilNames: readonly string[]
  /** The officer chose to start a new scorecard from a file for another council. */
  startNew?: boolean
}

export type SheetImport = {
  columns: SheetColumns | null
  /** The title rows name a council other than the one in use. */
  otherCouncil?: OtherCouncil
  /** The rows read into a scorecard; null when the sheet cannot be read, or is another council's and not started anew. */
  result: PaperImportResult | null
  entries: ImportEntry[]
  /** The refs of the sheet's indicator rows. */
  refs: string[]
}

const problem = (message: string): ImportEntry => ({ status: 'problem', column: '(file)', message })

export function importSheet(grid: readonly (readonly string[])[], options: SheetImportOptions): SheetImport {
  const { base, mapping } = options
  // The year a bare "Quarter 1" belongs to: the title above the headings, else the scorecard's reporting year.
  const found = mapping?.headerRow ? headerAtRow(grid, mapping.headerRow) : (locateHeader(grid) ?? guessHeaderRow(grid))
  const titleText = found ? grid.slice(0, found.rowIndex + 1 - found.rows).map((row) => row.join(' ')) : []
  const financialYearStart = financialYearInText(titleText.join(' ')) ?? financialYearInText(base.reportingYear)
  const context = financialYearStart !== undefined ? { financialYearStart } : {}
  const located = mapping?.headerRow
    ? headerAtRow(grid, mapping.headerRow, context)
    : (locateHeader(grid, context) ?? guessHeaderRow(grid, context))
  if (!located) return { columns: null, result: null, entries: [problem(unreadableSheetMessage(null))], refs: [] }

  const header = applyMapping(located, mapping)
  const columns = describeSheetColumns(grid, header, context)
  if (!columns.readable) return { columns, result: null, entries: [problem(unreadableSheetMessage(columns))], refs: [] }

  const sheet = readPaperRows(grid, header)
  const refs = sheet.rows.map((r) => r.ref)
  const named = councilNamedIn(sheet.preamble, options.councilNames)
  const otherCouncil: OtherCouncil | undefined =
    named && !sameCouncil(named, base.authority) ? { name: councilTitle(named, sheet.preamble), from: 'title rows' } : undefined
  if (otherCouncil && !options.startNew) {
    return {
      columns,
      otherCouncil,
      result: null,
      refs,
      entries: [
        ...sheet.entries,
        {
          status: 'warning',
          column: '(file)',
          message: `The title rows name ${otherCouncil.name}, but the scorecard in use is ${base.authority}'s, so nothing is merged into it. Start a new scorecard from this file, or cancel.`,
        },
      ],
    }
  }
  const result = buildPaperScorecard(sheet, {
    ...options,
    base: otherCouncil ? null : base,
    ...(otherCouncil ? { authority: otherCouncil.name } : {}),
  })
  return { columns, ...(otherCouncil ? { otherCouncil } : {}), result, entries: result.entries, refs }
}
