// Which quarter the officer enters next, and which indicators are asked for.
import { sortPeriods } from '../../../domain/periods'
import type { Indicator, Period, Scorecard } from '../../../domain/scorecardSchema'
import { nextQuarter, parseFinancialPeriodId, quarterPeriod } from '../../../domain/spreadsheet/financialPeriods'

const hasFigure = (i: Indicator, periodId: string) =>
  i.values.some((v) => v.period === periodId && (v.kind === 'number' || v.kind === 'yes-no' || v.kind === 'text'))

/** The latest financial quarter in which any indicator has a figure. */
export function latestQuarterWithData(scorecard: Scorecard): Period | undefined {
  return sortPeriods(scorecard.periods)
    .filter((p) => p.kind === 'quarter' && parseFinancialPeriodId(p.id) && scorecard.indicators.some((i) => hasFigure(i, p.id)))
    .at(-1)
}

/** The quarters that can be entered: the next one (first, the default) and the latest, to correct it. */
export function entryPeriodOptions(scorecard: Scorecard): Period[] {
  const latest = latestQuarterWithData(scorecard)
  if (!latest) return []
  const next = nextQuarter(latest.id)!
  return [scorecard.periods.find((p) => p.id === next.id) ?? next, latest]
}

/** The quarter before a quarter, or undefined. */
export function previousQuarter(periodId: string): Period | undefined {
  const read = parseFinancialPeriodId(periodId)
  if (!read || read.kind !== 'quarter') return undefined
  return read.quarter === 1 ? quarterPeriod(read.startYear - 1, 4) : quarterPeriod(read.startYear, (read.quarter - 1) as 1 | 2 | 3)
}

/** Indicators reported the quarter before (or already in this one): the ones expected this quarter. */
export function indicatorsForEntry(scorecard: Scorecard, periodId: string, withDraft: ReadonlySet<string> = new Set()): Indicator[] {
  const before = previousQuarter(periodId)?.id
  return scorecard.indicators.filter((i) => withDraft.has(i.ref) || i.values.some((v) => v.period === periodId || v.period === before))
}
