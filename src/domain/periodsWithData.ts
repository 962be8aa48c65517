// Which periods the scorecard's cells fill. Two words, two meanings:
//   an entry  is any cell, a figure or a status (a period someone reported on);
//   data      is a figure (see isFigure): what "the latest period with data" means.
import { isFigure } from './cellKinds'
import { sortPeriods } from './periods'
import type { Indicator, Period, Scorecard } from './scorecardSchema'

/**
 * The latest period in which at least one indicator has a figure, among the
 * periods `include` accepts (all, unless told): the quarter the export writes.
 * A period with only statuses is not it. The views open at a reporting point
 * instead (defaultPoint in reportingPoints.ts), which one early figure does
 * not move.
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

/**
 * The periods one indicator has an entry for, oldest first: the indicator
 * page's own choices, and where a hand-picked slide with nothing by the
 * chosen point shows the last of these, its latest entry, status or not.
 */
export function entryPeriods(indicator: Indicator, periods: ReadonlyMap<string, Period>): Period[] {
  return sortPeriods(indicator.values.map((v) => periods.get(v.period)).filter((p): p is Period => p !== undefined))
}
