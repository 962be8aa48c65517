// Which periods the figure columns show, as on the paper scorecard: the
// previous year end, then Q1–Q4 of the chosen period's financial year.
import type { Indicator, Period } from '../../domain/scorecardSchema'
import { sortPeriods } from '../../domain/periods'
import { cellFor } from '../../domain/indicatorLookups'
import { financialYearEnd, financialYearStart } from '../../domain/financialYear'

export type ReportingColumns = {
  previousYearEnd?: Period
  quarters: Period[]
  /** The chosen period when it is not one of the quarters (e.g. a year end), so its figure is still shown. */
  extra?: Period
}

export function reportingColumns(periods: readonly Period[], chosen: Period | undefined): ReportingColumns {
  if (!chosen) return { quarters: [] }
  const start = financialYearStart(chosen.end)
  const end = financialYearEnd(start)
  const sorted = sortPeriods(periods)
  const quarters = sorted.filter((p) => p.kind === 'quarter' && p.start >= start && p.end <= end)
  const previousYearEnd = sorted.filter((p) => p.kind === 'year-end' && p.end < start).at(-1)
  const isQuarter = quarters.some((q) => q.id === chosen.id)
  return { quarters, ...(previousYearEnd ? { previousYearEnd } : {}), ...(isQuarter ? {} : { extra: chosen }) }
}

/** Periods shown as figure columns, in order. */
export function columnPeriods(columns: ReportingColumns): Period[] {
  return [columns.previousYearEnd, ...columns.quarters, columns.extra].filter((p): p is Period => p !== undefined)
}

/** True for a column after the chosen period: "as at Q1" does not show Q2 yet. */
export function isAfter(period: Period, chosen: Period): boolean {
  return period.start > chosen.end
}

/** The row's figures up to the chosen period, for the sparkline; null where there is no figure. */
export function trendValues(indicator: Indicator, columns: ReportingColumns, chosen: Period): (number | null)[] {
  return columnPeriods(columns)
    .filter((p) => !isAfter(p, chosen))
    .map((p) => {
      const cell = cellFor(indicator, p.id)
      return cell?.kind === 'number' ? cell.number : null
    })
}
