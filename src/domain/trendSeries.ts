// The rows behind an indicator's trend chart and its data table: one per period
// the indicator has a cell or a dated comparator for, oldest first, each placed
// in time. Statuses (suppressed, not reported…) are gaps, never numbers; a
// definition change that breaks the series starts a new segment, and more time
// than the indicator's rhythm with no period at all starts a new run, so no
// line is drawn across either.
import { formatCell, formatNumberWithUnit, formatTarget, decimalsFor, NO_DATA, STATUS_WORDS } from './formatValue'
import { targetFor } from './indicatorLookups'
import { comparePeriods, indexPeriods, labelFor } from './periods'
import type { Comparator, ComparatorKind, Indicator, IndicatorNote, Period, SourceRef, ValueCell } from './scorecardSchema'
import { expectedSpacing, findTimeGaps, periodTime, type TimeGap } from './trendTimeline'
import { valueAxisRange, type ValueAxisRange } from './valueAxisRange'

export type StatusLabel = (typeof STATUS_WORDS)[keyof typeof STATUS_WORDS]

export type TrendRow = {
  periodId: string
  label: string
  kind: Period['kind']
  /** Where the period sits on the time axis: its end date, in days since 1970 (trendTimeline.periodTime). */
  time: number
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
  /** The unbroken stretch of line the row is on: starts at 0 and goes up by one at each new segment and after each time gap. */
  run: number
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
  /** How many unbroken runs the line is drawn in (see TrendRow.run). */
  runs: number
  /** Rows with a figure to plot. */
  figureCount: number
  /** Where more than about one expected period passes with no period at all: the line stops there. */
  timeGaps: TimeGap[]
  /** What one expected period is called, for words about the gaps: "quarter", "year". */
  expectedPeriod: string
  /** The value axis: from zero, or raised to round numbers around every drawn number when a zero-based axis would flatten the change. */
  valueAxis: ValueAxisRange
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

/** Every number the chart draws: figures, a drawn target, dated and undated comparators. */
function drawnNumbers(rows: readonly TrendRow[], target: TrendTarget | undefined, undated: readonly UndatedComparator[]): number[] {
  const numbers = rows.flatMap((r) => [r.value, r.england, r.statNeighbours, r.northWest])
  if (target?.kind === 'line') numbers.push(target.value)
  if (target?.kind === 'band') numbers.push(target.min, target.max)
  for (const c of undated) numbers.push(c.number)
  return numbers.filter((n): n is number => typeof n === 'number')
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

  const timeGaps = findTimeGaps(
    rowPeriods.map((p) => ({ periodId: p.id, label: p.label, time: periodTime(p) })),
    indicator.frequency,
  )
  const gapEnds = new Set(timeGaps.map((g) => g.to.periodId))

  let segment = 0
  let run = 0
  const rows = rowPeriods.map((period, index): TrendRow => {
    const cell = indicator.values.find((v) => v.period === period.id)
    const here = changes.filter((c) => c.at?.id === period.id)
    const breaks = here.some((c) => c.note.breaksSeries === true)
    if (breaks && index > 0) segment++
    if (index > 0 && (breaks || gapEnds.has(period.id))) run++
    const comparators = dated.filter((c) => c.period === period.id)
    const statusLabel = cell && isStatus(cell) ? STATUS_WORDS[cell.kind] : undefined
    const gapLabel = cell?.kind === 'number' ? undefined : (statusLabel ?? (cell ? 'No figure' : NO_DATA))
    const row: TrendRow = {
      periodId: period.id,
      label: period.label,
      kind: period.kind,
      time: periodTime(period),
      value: cell?.kind === 'number' ? cell.number : null,
      display: formatCell(cell, unit),
      targetApplies: targetFor(indicator, period.id, byId) !== undefined,
      segment,
      run,
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
    runs: run + 1,
    figureCount: rows.filter((r) => r.value !== null).length,
    timeGaps,
    expectedPeriod: expectedSpacing(indicator.frequency).name,
    valueAxis: valueAxisRange(drawnNumbers(rows, target, undatedComparators), indicator.unit),
  }
}

/** The row field that holds a drawn comparator kind. */
export function comparatorField(kind: (typeof DRAWN_KINDS)[number]): (typeof ROW_FIELD)[typeof kind] {
  return ROW_FIELD[kind]
}
