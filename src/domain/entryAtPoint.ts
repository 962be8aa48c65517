// The entry an indicator contributes at a reporting point: its latest entry
// (a figure or a status) whose own period ends at or before the point, with
// that period, its age and whether the indicator's frequency still lets it
// stand for the point. An annual figure for 2017-18 is what a Q2 2018-19
// view shows for an annual measure, labelled 2017-18, not "no figure". A
// status is what was reported for its period, so it is shown rather than an
// older figure ("Not reported" in Q2 says more than the Q1 figure would).
import { freshnessOf, monthsBetween, type Freshness } from './figureAge'
import { comparePeriods } from './periods'
import type { ReportingPoint } from './reportingPoints'
import type { Indicator, Period, ValueCell } from './scorecardSchema'

export type EntryAtPoint = {
  cell: ValueCell
  /** The entry's own period, which names it wherever it is shown. */
  period: Period
  /** True when the entry's period ends inside the point's span: it was entered for this point. */
  forPoint: boolean
  /** Whole months from the end of the entry's period to the point. */
  ageMonths: number
  freshness: Freshness
}

export function entryAtPoint(indicator: Indicator, point: ReportingPoint, periods: ReadonlyMap<string, Period>): EntryAtPoint | undefined {
  // One pass, no sorting: every view runs this for every indicator.
  let best: { cell: ValueCell; period: Period } | undefined
  for (const cell of indicator.values) {
    const period = periods.get(cell.period)
    if (!period || period.end > point.end) continue
    if (!best || comparePeriods(best.period, period) < 0) best = { cell, period }
  }
  if (!best) return undefined
  const { period } = best
  return {
    ...best,
    forPoint: period.end >= point.start,
    ageMonths: monthsBetween(period.end, point.end),
    freshness: freshnessOf(indicator.frequency, period.end, point.end),
  }
}

/**
 * The words beside a figure shown for a point it was not entered for: its own
 * period, and "out of date" when it is stale ("Q4 2017-18, out of date").
 * Undefined when the entry is the point's own.
 */
export function entryPeriodNote(entry: Pick<EntryAtPoint, 'period' | 'freshness'>, pointId: string): string | undefined {
  if (entry.period.id === pointId) return undefined
  return entry.freshness === 'stale' ? `${entry.period.label}, out of date` : entry.period.label
}
