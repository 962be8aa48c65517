// Small lookups shared by the RAG and direction rules.
import { comparePeriods } from './periods'
import type { ComparatorKind, Comparator, Indicator, Period, Target, ValueCell } from './scorecardSchema'

export function cellFor(indicator: Indicator, periodId: string): ValueCell | undefined {
  return indicator.values.find((v) => v.period === periodId)
}

/**
 * The comparator that describes a period: the one for that period, else one
 * whose period the source did not state, else the latest one before it.
 */
export function comparatorFor(
  indicator: Indicator,
  kind: ComparatorKind,
  periodId: string,
  periods: ReadonlyMap<string, Period>,
): Comparator | undefined {
  const ofKind = indicator.comparators.filter((c) => c.kind === kind)
  const exact = ofKind.find((c) => c.period === periodId)
  if (exact) return exact
  const undated = ofKind.find((c) => c.period === undefined)
  if (undated) return undated
  const current = periods.get(periodId)
  if (!current) return undefined
  return ofKind
    .filter((c) => {
      const p = periods.get(c.period!)
      return p !== undefined && comparePeriods(p, current) < 0
    })
    .sort((a, b) => comparePeriods(periods.get(a.period!)!, periods.get(b.period!)!))
    .at(-1)
}

/** The indicator's target if it applies to the period (a target may apply only from a given period). */
export function targetFor(indicator: Indicator, periodId: string, periods: ReadonlyMap<string, Period>): Target | undefined {
  const { target } = indicator
  if (!target?.from) return target
  const from = periods.get(target.from)
  const current = periods.get(periodId)
  if (!from || !current) return undefined
  return comparePeriods(current, from) >= 0 ? target : undefined
}
