// Which periods the scorecard's cells fill. Two words, two meanings:
//   an entry  is any cell, a figure or a status (a period someone reported on);
//   data      is a figure (see isFigure): what "the latest period with data" means.
import { isFigure } from './cellKinds'
import { sortPeriods } from './periods'
import type { Indicator, Period, Scorecard } from './scorecardSchema'

/**
 * The latest period in which at least one indicator has a figure, among the
 * periods `include` accepts (all, unless told): the default view, and the
 * quarter the update page enters after. A period with only statuses is not it.
 */
export function latestPeriodWithData(scorecard: Scorecard, include: (period: Period) => boolean = () => true): Period | undefined {
  // One look-up per cell and no copies: this runs on every load, over every
  // cell (400,000 at 10,000 indicators × 40 periods). Periods with the same
  // dates (a year end and its annual period) rank in the scorecard's order.
  const sorted = sortPeriods(scorecard.periods.filter(include))
  const rank = new Map(sorted.map((p, i) => [p.id, i]))
  let latest = -1
  for (const indicator of scorecard.indicators) {
    for (const v of indicator.values) {
      if (!isFigure(v)) continue
      const r = rank.get(v.period) ?? -1
      if (r > latest) latest = r
    }
  }
  return sorted[latest]
}

/** Periods in which at least one indicator has an entry, oldest first: the choices for a period picker. */
export function periodsWithEntries(scorecard: Scorecard): Period[] {
  const used = new Set<string>()
  for (const indicator of scorecard.indicators) for (const v of indicator.values) used.add(v.period)
  return sortPeriods(scorecard.periods).filter((p) => used.has(p.id))
}

/**
 * The periods one indicator has an entry for, oldest first. Where a view's
 * period is not one of them, the view shows the last of these, the
 * indicator's latest entry, status or not: "Under development" in its latest
 * year says more than an older figure would.
 */
export function entryPeriods(indicator: Indicator, periods: ReadonlyMap<string, Period>): Period[] {
  return sortPeriods(indicator.values.map((v) => periods.get(v.period)).filter((p): p is Period => p !== undefined))
}
