// The entry an indicator contributes at a reporting point: its latest entry
// (a figure or a status) whose own period ends at or before the point, with
// that period, its age and whether the indicator's frequency still lets it
// stand for the point. An annual figure for 2017-18 is what a Q2 2018-19
// view shows for an annual measure, labelled 2017-18, not "no figure". A
// status is what was reported for its period, so it is shown rather than an
// older figure ("Not reported" in Q2 says more than the Q1 figure would).
// An entry for the point's own period is the point's entry, even where a
// shorter period ends on the same day (the Q4 figure, not March's).
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
  // One pass, no sorting and no lookups for the usual case: every view runs
  // this for every indicator (10,000 of them in a region's scorecard).
  const own = indicator.values.find((v) => v.period === point.id)
  const ownPeriod = own && periods.get(own.period)
  if (own && ownPeriod) return withAge(indicator, own, ownPeriod, point)
  let cell: ValueCell | undefined
  let period: Period | undefined
  for (const v of indicator.values) {
    const p = periods.get(v.period)
    if (!p || p.end > point.end) continue
    if (!period || comparePeriods(period, p) < 0) [cell, period] = [v, p]
  }
  return cell && period ? withAge(indicator, cell, period, point) : undefined
}

function withAge(indicator: Indicator, cell: ValueCell, period: Period, point: ReportingPoint): EntryAtPoint {
  // Most entries end on the point itself: no date arithmetic for those.
  if (period.end === point.end) return { cell, period, forPoint: true, ageMonths: 0, freshness: 'current' }
  return {
    cell,
    period,
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
