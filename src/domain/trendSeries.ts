// The rows behind an indicator's trend chart and its data table: one per period
// the indicator has a cell or a dated comparator for, oldest first. Statuses
// (suppressed, not reported…) are gaps, never numbers; a definition change that
// breaks the series starts a new segment so no line is drawn across it.
import { formatCell, formatNumberWithUnit, formatTarget, decimalsFor, NO_DATA, STATUS_WORDS } from './formatValue'
import { targetFor } from './indicatorLookups'
import { comparePeriods, indexPeriods, labelFor } from './periods'
import type { Comparator, ComparatorKind, Indicator, IndicatorNote, Period, SourceRef, ValueCell } from './scorecardSchema'

export type StatusLabel = (typeof STATUS_WORDS)[keyof typeof STATUS_WORDS]

export type TrendRow = {
  periodId: string
  label: string
  kind: Period['kind']
  /** The figure to plot; null is a gap in the line (a status, or no cell for the period). */
  value: number | null
  /** The cell as the one formatter shows it: "302", "57% (alternative figure 63%)", "Suppressed", "No data". */
  display: string
  /** Set when the cell is a status rather than a figure. */
  statusLabel?: StatusLabel
  /** For a gap (value null): the words to label it with, "Suppressed", "No data"… never a number. */
  gapLabel?: string
  cell?: ValueCell
  /** Starts at 0 and goes up by one at each definition change that breaks the series. */
  segment: number
  /** Comparators dated to exactly this period. */
  england?: number
  statNeighbours?: number
  northWest?: number
  comparators: Comparator[]
  /** Text of a definition change that takes effect at this row. */
  definitionChange?: string
  breaksSeries?: boolean
  provisional?: boolean
  /** True when the indicator's target applies to this period. */
  targetApplies: boolean
}

/** `fromPeriodId`: the first row the target applies to, when it does not apply to every row. */
export type TrendTarget =
  | { kind: 'line'; value: number; text: string; fromPeriodId?: string }
  | { kind: 'band'; min: number; max: number; text: string; fromPeriodId?: string }
  /** A target in words ("Qtly review"): listed, never drawn. */
  | { kind: 'text'; text: string; fromPeriodId?: string }

/** A comparator whose period the source did not state: drawn as a level line, not placed on a period. */
export type UndatedComparator = { kind: ComparatorKind; name: string; number: number; text: string; source: SourceRef }

export type TrendSeries = {
  rows: TrendRow[]
  target?: TrendTarget
  undatedComparators: UndatedComparator[]
  /** Comparator kinds with at least one dated figure, in display order. */
  comparatorKinds: Array<'england' | 'stat-neighbours' | 'north-west'>
  segments: number
  /** Rows with a figure to plot. */
  figureCount: number
  /** True when the periods are not equally far apart (the chart's axis spaces them evenly). */
  unevenSpacing: boolean
}

export const COMPARATOR_NAMES: Record<ComparatorKind, string> = {
  england: 'England average',
  'stat-neighbours': 'Statistical neighbours average',
  'north-west': 'North West average',
  other: 'Other comparator',
}

const ROW_FIELD = { england: 'england', 'stat-neighbours': 'statNeighbours', 'north-west': 'northWest' } as const
const DRAWN_KINDS = ['england', 'stat-neighbours', 'north-west'] as const

/** The comparator's name, using its own label for "other". */
export function comparatorName(comparator: Pick<Comparator, 'kind' | 'label'>): string {
  return comparator.kind === 'other' && comparator.label ? comparator.label : COMPARATOR_NAMES[comparator.kind]
}

function trendTarget(indicator: Indicator, rows: readonly TrendRow[], periods: ReadonlyMap<string, Period>): TrendTarget | undefined {
  const { target, unit } = indicator
  if (!target || !rows.some((r) => r.targetApplies)) return undefined
  const firstRow = rows.find((r) => r.targetApplies)!
  const partial = rows.some((r) => !r.targetApplies)
  const from = partial ? { fromPeriodId: firstRow.periodId } : {}
  const scope = target.from ? ` from ${labelFor(periods, target.from)}` : ''
  const text = formatTarget(target, unit, { withUnit: true })
  if (target.kind === 'number') return { kind: 'line', value: target.value, text, ...from }
  if (target.kind === 'range') return { kind: 'band', min: target.min, max: target.max, text, ...from }
  return { kind: 'text', text: `${text}${scope}`, ...from }
}

function isStatus(cell: ValueCell): cell is Extract<ValueCell, { kind: keyof typeof STATUS_WORDS }> {
  return cell.kind in STATUS_WORDS
}

// Gaps between period ends that differ by more than about a fortnight count as uneven
// (quarters differ by a day or two; a year-end next to a quarter does not).
const DAY_MS = 24 * 60 * 60 * 1000
const SPACING_SLACK_DAYS = 16

function isUnevenlySpaced(periods: readonly Period[]): boolean {
  if (periods.length < 3) return false
  const ends = periods.map((p) => Date.parse(p.end) / DAY_MS)
  const gaps = ends.slice(1).map((end, i) => end - ends[i]!)
  return Math.max(...gaps) - Math.min(...gaps) > SPACING_SLACK_DAYS
}

export function buildTrendSeries(indicator: Indicator, periods: ReadonlyMap<string, Period> | readonly Period[]): TrendSeries {
  const byId = periods instanceof Map ? (periods as ReadonlyMap<string, Period>) : indexPeriods(periods as readonly Period[])
  const { unit } = indicator

  const dated = indicator.comparators.filter((c) => c.period !== undefined && byId.has(c.period))
  const usedIds = new Set([...indicator.values.map((v) => v.period), ...dated.map((c) => c.period!)])
  const rowPeriods = [...usedIds]
    .map((id) => byId.get(id))
    .filter((p): p is Period => p !== undefined)
    .sort(comparePeriods)

  // Each definition change lands on the first row measured the new way.
  const changes = indicator.notes
    .filter(
      (n): n is IndicatorNote & { effectiveFrom: string } =>
        n.kind === 'definition' && n.effectiveFrom !== undefined && byId.has(n.effectiveFrom),
    )
    .map((note) => ({ note, at: rowPeriods.find((p) => comparePeriods(p, byId.get(note.effectiveFrom)!) >= 0) }))

  let segment = 0
  const rows = rowPeriods.map((period, index): TrendRow => {
    const cell = indicator.values.find((v) => v.period === period.id)
    const here = changes.filter((c) => c.at?.id === period.id)
    const breaks = here.some((c) => c.note.breaksSeries === true)
    if (breaks && index > 0) segment++
    const comparators = dated.filter((c) => c.period === period.id)
    const statusLabel = cell && isStatus(cell) ? STATUS_WORDS[cell.kind] : undefined
    const gapLabel = cell?.kind === 'number' ? undefined : (statusLabel ?? (cell ? 'No figure' : NO_DATA))
    const row: TrendRow = {
      periodId: period.id,
      label: period.label,
      kind: period.kind,
      value: cell?.kind === 'number' ? cell.number : null,
      display: formatCell(cell, unit),
      targetApplies: targetFor(indicator, period.id, byId) !== undefined,
      segment,
      comparators,
      ...(cell ? { cell } : {}),
      ...(statusLabel ? { statusLabel } : {}),
      ...(gapLabel ? { gapLabel } : {}),
      ...(cell?.kind === 'number' && cell.provisional ? { provisional: true } : {}),
      ...(here.length > 0 ? { definitionChange: here.map((c) => c.note.text).join(' '), breaksSeries: breaks } : {}),
    }
    for (const kind of DRAWN_KINDS) {
      const found = comparators.find((c) => c.kind === kind)
      if (found) row[ROW_FIELD[kind]] = found.number
    }
    return row
  })

  const undatedComparators = indicator.comparators
    .filter((c) => c.period === undefined)
    .map((c) => ({
      kind: c.kind,
      name: comparatorName(c),
      number: c.number,
      text: formatNumberWithUnit(c.number, unit, decimalsFor(c.number, c.printed)),
      source: c.source,
    }))

  const target = trendTarget(indicator, rows, byId)
  return {
    rows,
    ...(target ? { target } : {}),
    undatedComparators,
    comparatorKinds: DRAWN_KINDS.filter((kind) => rows.some((r) => r[ROW_FIELD[kind]] !== undefined)),
    segments: segment + 1,
    figureCount: rows.filter((r) => r.value !== null).length,
    unevenSpacing: isUnevenlySpaced(rowPeriods),
  }
}

/** The row field that holds a drawn comparator kind. */
export function comparatorField(kind: (typeof DRAWN_KINDS)[number]): (typeof ROW_FIELD)[typeof kind] {
  return ROW_FIELD[kind]
}
