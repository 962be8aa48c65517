// Which quarter the officer enters next, and which indicators are asked for.
import { latestPeriodWithData } from '../../../domain/periodsWithData'
import type { Indicator, Period, Scorecard } from '../../../domain/scorecardSchema'
import { nextQuarter, parseFinancialPeriodId, previousQuarter } from '../../../domain/financialYear'

/** The latest financial quarter in which any indicator has a figure. */
export function latestQuarterWithData(scorecard: Scorecard): Period | undefined {
  return latestPeriodWithData(scorecard, (p) => p.kind === 'quarter' && parseFinancialPeriodId(p.id) !== undefined)
}

/** The quarters that can be entered: the next one (first, the default) and the latest, to correct it. */
export function entryPeriodOptions(scorecard: Scorecard): Period[] {
  const latest = latestQuarterWithData(scorecard)
  if (!latest) return []
  const next = nextQuarter(latest.id)!
  return [scorecard.periods.find((p) => p.id === next.id) ?? next, latest]
}

/** Indicators reported the quarter before (or already in this one): the ones expected this quarter. */
export function indicatorsForEntry(scorecard: Scorecard, periodId: string, withDraft: ReadonlySet<string> = new Set()): Indicator[] {
  const before = previousQuarter(periodId)?.id
  return scorecard.indicators.filter((i) => withDraft.has(i.ref) || i.values.some((v) => v.period === periodId || v.period === before))
}
