// One indicator's entry for the quarter being entered, as the officer typed
// it, and what it becomes in the model: a cell (or none) and the commentary.
import { isStatus, type UnsourcedCell } from '../../../domain/cellKinds'
import { STATUS_WORDS } from '../../../domain/formatValue'
import { STATUS_KINDS, type Indicator, type Period, type SourceRef, type ValueCell } from '../../../domain/scorecardSchema'
import { paperCellText } from '../../../domain/spreadsheet/paperText'
import { readTypedCell } from '../../../domain/spreadsheet/readTypedCell'

export const ENTRY_MODES = ['figure', ...STATUS_KINDS] as const
export type EntryMode = (typeof ENTRY_MODES)[number]

export const ENTRY_MODE_WORDS: Record<EntryMode, string> = { figure: 'A figure', ...STATUS_WORDS }

export type DraftEntry = { mode: EntryMode; figure: string; commentary: string }

/** Where entered figures and comments say they came from. */
export const ENTRY_DOCUMENT = { id: 'entered-in-app', title: 'Figures and commentary entered by officers in this app' } as const
export const ENTRY_TABLE = 'Quarterly update entered in this app'

export function isEntryMode(value: unknown): value is EntryMode {
  return typeof value === 'string' && (ENTRY_MODES as readonly string[]).includes(value)
}

/** The entry the form starts from: what the scorecard already holds for the period. */
export function savedEntry(indicator: Indicator, periodId: string): DraftEntry {
  const cell = indicator.values.find((v) => v.period === periodId)
  const commentary = indicator.commentary
    .filter((c) => c.period === periodId)
    .map((c) => c.text)
    .join('\n\n')
  if (!cell) return { mode: 'figure', figure: '', commentary }
  if (isStatus(cell)) return { mode: cell.kind, figure: '', commentary }
  return { mode: 'figure', figure: paperCellText(cell, indicator.unit), commentary }
}

export function sameEntry(a: DraftEntry, b: DraftEntry): boolean {
  return a.mode === b.mode && a.commentary === b.commentary && (a.mode !== 'figure' || a.figure.trim() === b.figure.trim())
}

/** The cell an entry gives (without its source), or null for no figure. A typed status ("Supressed") counts as that status. */
export function entryCell(entry: DraftEntry, periodId: string): UnsourcedCell | null {
  if (entry.mode !== 'figure') return { period: periodId, kind: entry.mode }
  if (entry.figure.trim() === '') return null
  return { ...readTypedCell(entry.figure), period: periodId }
}

/** Where an entry for the period says it came from, once saved. */
export function entrySource(period: Period): SourceRef {
  return { doc: ENTRY_DOCUMENT.id, table: ENTRY_TABLE, column: period.label }
}

/** The cell an entry gives, as it will be saved (with its source), or null for no figure. */
export function savedCell(entry: DraftEntry, period: Period): ValueCell | null {
  const cell = entryCell(entry, period.id)
  return cell ? { ...cell, source: entrySource(period) } : null
}
