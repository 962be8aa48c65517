// Inline checks on an entry. An unusual figure (far outside the indicator's
// own history) gets a warning; an impossible one (a percentage outside
// 0–100, a negative count or number of days, words where a figure is needed)
// is held back from saving until it is corrected or the officer confirms it;
// what the model cannot hold (a yes/no answer for a percentage) is an error.
// Each check is a problem code with its figures; the sentence is the entry
// form's wording of it.
import { isStatus, type StatusKind } from '../../../domain/cellKinds'
import { checkTypedCell, describeCellProblem, TYPING, type CellProblem, type TypedProblem } from '../../../domain/checkCell'
import { formatNumber, STATUS_WORDS } from '../../../domain/formatValue'
import type { Indicator, Unit } from '../../../domain/scorecardSchema'
import { entryCell, type DraftEntry } from './draftEntry'

export type EntryProblem =
  | CellProblem
  | TypedProblem
  /** A typed word that reads as a status ("Supressed"): saved as that status. */
  | { code: 'read-as-status'; severity: 'note'; status: StatusKind }
  | { code: 'far-outside-history'; severity: 'warning'; value: number; low: number; high: number; unit: Unit }

export type EntryCheck = { level: EntryProblem['severity']; problem: EntryProblem; message: string }

/** How far outside the range of earlier figures counts as "far": twice the range (or 10% of the largest), beyond it. */
const FAR_SPREAD = 2

export function farOutsideHistory(value: number, history: readonly number[]): { low: number; high: number } | undefined {
  if (history.length < 2) return undefined
  const low = Math.min(...history)
  const high = Math.max(...history)
  const spread = Math.max(high - low, 0.1 * Math.max(Math.abs(high), Math.abs(low)), 1)
  return value > high + FAR_SPREAD * spread || value < low - FAR_SPREAD * spread ? { low, high } : undefined
}

/** The entry form's sentence for a problem. */
export function describeEntryProblem(problem: EntryProblem): string {
  switch (problem.code) {
    case 'read-as-status':
      return `Read as the status “${STATUS_WORDS[problem.status].toLowerCase()}”, not a figure.`
    case 'far-outside-history': {
      const { value, low, high, unit } = problem
      return `${formatNumber(value, unit)} is far outside this indicator's earlier figures (${formatNumber(low, unit)} to ${formatNumber(high, unit)}). Check it is right.`
    }
    default:
      return describeCellProblem(problem, TYPING)
  }
}

/** Problems that make a figure impossible for its indicator: not saved until corrected or confirmed. */
const IMPOSSIBLE: ReadonlySet<EntryProblem['code']> = new Set(['percent-out-of-range', 'negative-figure', 'text-for-unit'])

/** The checks that hold an entry back from saving until it is corrected or confirmed. */
export function needsConfirming(checks: readonly EntryCheck[]): EntryCheck[] {
  return checks.filter((check) => IMPOSSIBLE.has(check.problem.code))
}

const toCheck = (problem: EntryProblem): EntryCheck => ({ level: problem.severity, problem, message: describeEntryProblem(problem) })

export function checkEntry(indicator: Indicator, entry: DraftEntry, periodId: string): EntryCheck[] {
  const cell = entryCell(entry, periodId)
  if (!cell || entry.mode !== 'figure') return []
  if (isStatus(cell)) return [toCheck({ code: 'read-as-status', severity: 'note', status: cell.kind })]
  const { unit } = indicator
  const problems: EntryProblem[] = checkTypedCell(entry.figure, cell, unit)
  if (cell.kind === 'number') {
    const history = indicator.values.flatMap((v) => (v.kind === 'number' && v.period !== periodId ? [v.number] : []))
    const far = farOutsideHistory(cell.number, history)
    if (far) problems.push({ code: 'far-outside-history', severity: 'warning', value: cell.number, ...far, unit })
  }
  return problems.map(toCheck)
}
