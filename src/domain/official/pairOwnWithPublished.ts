// The council's own figures for an indicator set beside the published ones
// for the same dates (matchOfficialPeriod), each pair checked
// (checkPublishedFigure). Only an exact match can raise a data-quality flag:
// where the definitions only nearly match, a difference is expected.
import { decimalsFor } from '../formatValue'
import type { Indicator, Period } from '../scorecardSchema'
import { checkPublishedFigure, type PublishedCheck } from './checkPublishedFigure'
import { officialYearIndex } from './matchOfficialPeriod'
import type { OfficialMeasure, OfficialPeriod, OfficialValue } from './officialDataset'

export type OwnAndPublished = {
  period: Period
  official: OfficialPeriod
  yearIndex: number
  /** The council's own cell for the period (a figure or a status). */
  cell: Indicator['values'][number]
  published: OfficialValue | undefined
  /** Undefined when the own cell is not a figure. */
  check: PublishedCheck | undefined
  /** True for an exact match whose figures differ: both are shown, neither replaces the other. */
  flagged: boolean
}

/** `published`: the council's figures for the measure, in the order of its years. */
export function pairOwnWithPublished(
  indicator: Pick<Indicator, 'values' | 'official'>,
  periods: ReadonlyMap<string, Period>,
  measure: OfficialMeasure,
  published: readonly OfficialValue[],
): OwnAndPublished[] {
  const pairs: OwnAndPublished[] = []
  for (const cell of indicator.values) {
    const period = periods.get(cell.period)
    if (!period) continue
    const yearIndex = officialYearIndex(period, measure.years)
    if (yearIndex < 0) continue
    const value = published[yearIndex]
    const check =
      cell.kind === 'number' ? checkPublishedFigure(cell.number, decimalsFor(cell.number, cell.printed), value, measure) : undefined
    pairs.push({
      period,
      official: measure.years[yearIndex]!,
      yearIndex,
      cell,
      published: value,
      check,
      flagged: indicator.official?.match === 'exact' && check?.kind === 'differs',
    })
  }
  return pairs.sort((a, b) => (a.period.end < b.period.end ? -1 : a.period.end > b.period.end ? 1 : 0))
}
