// "What changed since the published version", as a file the officer who
// signs the figures off can keep: one row per change, with the scorecard, the
// two versions compared and when, above the rows.
import { neutraliseFormula } from '../../../domain/spreadsheet/formulaGuard'
import type { Papa } from '../../../lib/spreadsheet/spreadsheetLibraries'
import type { ScorecardChange } from '../diffScorecards'

export type ReportHeading = { authority: string; title: string; inUse: string; published: string; madeAt: string }

const KIND_WORDS = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const

/** The report as CSV (with a byte-order mark for Excel); text from the data cannot start a formula. */
export function changesReportCsv(heading: ReportHeading, changes: readonly ScorecardChange[], papa: Papa): string {
  const rows = [
    [`What changed since the published version: ${heading.authority}, ${heading.title}`],
    ['Version in use', heading.inUse],
    ['Compared with', heading.published],
    ['Report made', heading.madeAt],
    ['Changes', String(changes.length)],
    [],
    ['Ref', 'Indicator', 'Change', 'What', 'Before', 'After'],
    ...changes.map((c) => [c.ref, c.title, KIND_WORDS[c.kind], c.what, c.before, c.after]),
    [],
    ['Checked and signed off by', ''],
    ['Date', ''],
  ]
  return `\ufeff${papa.unparse(
    rows.map((row) => row.map(neutraliseFormula)),
    { newline: '\r\n' },
  )}\r\n`
}
