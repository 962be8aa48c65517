// Which period the officer enters next, and which indicators are asked for.
// Periods are the scorecard's reporting points (quarters for a quarterly
// scorecard, months for a monthly one), built by the one builder for each.
import { latestPeriodWithData } from '../../../domain/periodsWithData'
import type { Indicator, Period, Scorecard } from '../../../domain/scorecardSchema'
import { parseFinancialPeriodId } from '../../../domain/financialYear'
import { defaultPoint, pointAfter, pointBefore, reportingCadence } from '../../../domain/reportingPoints'
import { scorecardPoints } from '../../../domain/scorecardPoints'

/** The latest financial quarter in which any indicator has a figure. */
export function latestQuarterWithData(scorecard: Scorecard): Period | undefined {
  return latestPeriodWithData(scorecard, (p) => p.kind === 'quarter' && parseFinancialPeriodId(p.id) !== undefined)
}

/**
 * The periods that can be entered: the one after the latest point most
 * indicators have reached (first, the default), and that point, to correct
 * it. A few early figures for the next period leave it the next one, so the
 * form stays on it while the rest are entered.
 */
export function entryPeriodOptions(scorecard: Scorecard): Period[] {
  const { cadence, coverage } = scorecardPoints(scorecard)
  const latest = defaultPoint(coverage.filter((c) => c.figures > 0))?.point
  if (!latest) return []
  const next = pointAfter(latest, cadence)
  return [scorecard.periods.find((p) => p.id === next.id) ?? next, latest]
}

/** Indicators reported the period before (or already in this one): the ones expected this period. */
export function indicatorsForEntry(
  scorecard: Scorecard,
  period: Pick<Period, 'id' | 'start'>,
  withDraft: ReadonlySet<string> = new Set(),
): Indicator[] {
  const before = pointBefore(period, reportingCadence(scorecard)).id
  return scorecard.indicators.filter((i) => withDraft.has(i.ref) || i.values.some((v) => v.period === period.id || v.period === before))
}
