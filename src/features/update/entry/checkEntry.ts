// Inline checks on an entry. Unusual figures (over 100%, a negative count,
// far outside the indicator's own history) get a warning, never a block; only
// what the model cannot hold (a yes/no answer for a percentage) is an error.
import { formatNumber } from '../../../domain/formatValue'
import { checkCell } from '../../../domain/parseScorecard'
import type { Indicator, ValueCell } from '../../../domain/scorecardSchema'
import { typedFormWarning } from '../../../domain/spreadsheet/readTypedCell'
import { entryCell, type DraftEntry } from './draftEntry'

export type EntryCheck = { level: 'error' | 'warning' | 'note'; message: string }

/** How far outside the range of earlier figures counts as "far": twice the range (or 10% of the largest), beyond it. */
const FAR_SPREAD = 2

export function farOutsideHistory(value: number, history: readonly number[]): { low: number; high: number } | undefined {
  if (history.length < 2) return undefined
  const low = Math.min(...history)
  const high = Math.max(...history)
  const spread = Math.max(high - low, 0.1 * Math.max(Math.abs(high), Math.abs(low)), 1)
  return value > high + FAR_SPREAD * spread || value < low - FAR_SPREAD * spread ? { low, high } : undefined
}

export function checkEntry(indicator: Indicator, entry: DraftEntry, periodId: string): EntryCheck[] {
  const checks: EntryCheck[] = []
  const cell = entryCell(entry, periodId)
  if (!cell || entry.mode !== 'figure') return checks
  const { unit } = indicator
  const full = { ...cell, source: { doc: 'check', line: 1 } } as ValueCell

  if (full.kind !== 'number' && full.kind !== 'yes-no' && full.kind !== 'text') {
    checks.push({ level: 'note', message: `Read as the status “${full.kind.replace(/-/g, ' ')}”, not a figure.` })
    return checks
  }
  const problem = checkCell(full, unit, full)
  if (problem?.severity === 'error') checks.push({ level: 'error', message: problem.message.replace(/; the value was ignored\.?$/, '.') })
  else if (problem) checks.push({ level: 'warning', message: problem.message })
  const form = typedFormWarning(entry.figure, unit)
  if (form) checks.push({ level: 'warning', message: form })
  if (full.kind === 'text' && unit !== 'text')
    checks.push({ level: 'warning', message: 'This is not read as a figure, so it will be kept as text and gives no RAG or direction.' })
  if (full.kind === 'number') {
    const history = indicator.values
      .filter((v): v is Extract<ValueCell, { kind: 'number' }> => v.kind === 'number' && v.period !== periodId)
      .map((v) => v.number)
    const far = farOutsideHistory(full.number, history)
    if (far) {
      checks.push({
        level: 'warning',
        message: `${formatNumber(full.number, unit)} is far outside this indicator's earlier figures (${formatNumber(far.low, unit)} to ${formatNumber(far.high, unit)}). Check it is right.`,
      })
    }
  }
  return checks
}
