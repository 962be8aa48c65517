// One measure for one council in one year, as the comparison views show it:
// the council's figure, England, its region, its neighbours' average (with
// how many of them it covers), its rank among itself and its neighbours, its
// rank and quartile band among all councils, the gaps, the direction over the
// year and over three years, and the trend. Every rule is one of the
// LAIT-following functions beside this file; this only puts them together.
import { comparisonRegion } from './comparisonRegion'
import { gapTo, type Gap } from './gapTo'
import { neighbourAverage, type NeighbourAverage } from './neighbourAverage'
import { figureOf, type OfficialArea, type OfficialMeasure, type OfficialPeriod, type OfficialValue } from './officialDataset'
import { officialDirection, type OfficialDirection } from './officialDirection'
import { quartileBand, quartileCutPoints, type BandResult } from './quartileBand'
import { rankAmong, type Rank } from './rankAmong'
import type { AreaSeries } from './areaSeries'

export const ENGLAND = 970

/** How many years a trend (sparkline) shows. */
export const TREND_YEARS = 10

export type MeasureComparison = {
  measure: OfficialMeasure
  yearIndex: number
  period: OfficialPeriod | undefined
  value: OfficialValue | undefined
  england: OfficialValue | undefined
  region: { la: number; value: OfficialValue | undefined } | undefined
  neighbours: NeighbourAverage
  /** Among the council and its neighbours with a figure that year. */
  neighbourRank: Rank | null
  /** Among every council with a figure in the measure's latest year (only computed for that year). */
  nationalRank: Rank | null
  band: BandResult | null
  /**
   * How widely councils differ on the measure that year: the distance between
   * the 25% and 75% cut points (the whole range if that is 0). What makes gaps
   * on different measures comparable; undefined without national figures.
   */
  spread: number | undefined
  gapToNeighbours: Gap | undefined
  gapToEngland: Gap | undefined
  gapToRegion: Gap | undefined
  direction: OfficialDirection
  threeYears: OfficialDirection
  /** The council's last TREND_YEARS figures up to this year, oldest first; null for a year with no figure. */
  trend: (number | null)[]
}

export type ComparisonContext = {
  council: OfficialArea
  /** The council's neighbours in the chosen model (LA numbers). */
  neighbours: readonly number[]
  series: AreaSeries
  /** Every council's figure in the measure's latest year (latest.json), for national rank and band. */
  latest?: { year: string; figures: readonly number[] } | undefined
}

const gap = (value: number | undefined, comparator: OfficialValue | number | null | undefined, measure: OfficialMeasure) => {
  const c = typeof comparator === 'number' ? comparator : undefined
  return value !== undefined && c !== undefined ? gapTo(value, c, measure.polarity, measure.dps) : undefined
}

/** `yearIndex`: which of the measure's years; default its latest. */
export function compareMeasure(
  measure: OfficialMeasure,
  { council, neighbours, series, latest }: ComparisonContext,
  yearIndex = measure.years.length - 1,
): MeasureComparison {
  const at = (la: number) => series(la)?.[yearIndex]
  const own = series(council.la) ?? []
  const value = own[yearIndex]
  const figure = figureOf(value)
  const period = measure.years[yearIndex]
  const regionLa = comparisonRegion(council, council.londonPart !== undefined ? series(council.londonPart) : undefined)
  const neighbourValues = neighbours.map(at)
  const average = neighbourAverage(neighbourValues)
  const groupFigures = [value, ...neighbourValues].map(figureOf).filter((n): n is number => n !== undefined)
  // National figures are for the measure's latest year only (latest.json holds no other).
  const national = latest && period && latest.year === period.text ? latest.figures : undefined
  const band = figure === undefined || !national ? null : quartileBand(figure, national, measure.polarity, measure.noQuartile)
  const cuts = national && national.length > 0 ? quartileCutPoints(national) : undefined
  const spread = cuts ? cuts[3] - cuts[1] || cuts[4] - cuts[0] || undefined : undefined
  return {
    measure,
    yearIndex,
    spread,
    period,
    value,
    england: at(ENGLAND),
    region: regionLa === undefined ? undefined : { la: regionLa, value: at(regionLa) },
    neighbours: average,
    neighbourRank: figure === undefined ? null : rankAmong(figure, groupFigures, measure.polarity),
    nationalRank: figure === undefined || !national ? null : rankAmong(figure, national, measure.polarity),
    band,
    gapToNeighbours: gap(figure, average.average, measure),
    gapToEngland: gap(figure, at(ENGLAND), measure),
    gapToRegion: gap(figure, regionLa === undefined ? undefined : at(regionLa), measure),
    direction: officialDirection(measure.years, own, measure.polarity, measure.unit, 1, yearIndex),
    threeYears: officialDirection(measure.years, own, measure.polarity, measure.unit, 2, yearIndex),
    trend: own.slice(Math.max(0, yearIndex + 1 - TREND_YEARS), yearIndex + 1).map((v) => figureOf(v) ?? null),
  }
}

type Judged = Pick<MeasureComparison, 'measure' | 'value' | 'neighbours' | 'spread'>

/**
 * How far behind its neighbours' average the council is, in units of how
 * widely councils differ on the measure (`spread`): measures have different
 * units and ranges, so a gap of 3 points means more on one than another, and
 * a share of the average misleads where figures sit near zero (progress
 * scores). Positive is worse, negative better; undefined without a polarity,
 * a figure, an average or a spread.
 */
export function shortfallAgainstNeighbours(row: Judged): number | undefined {
  const figure = figureOf(row.value)
  const average = row.neighbours.average
  if (row.measure.polarity === 'none' || figure === undefined || average === null || row.spread === undefined) return undefined
  const behind = row.measure.polarity === 'high' ? average - figure : figure - average
  return behind / row.spread
}

/** Worst against neighbours first; measures that cannot be judged last, in their original order. */
export function sortWorstAgainstNeighbours<T extends Judged>(rows: readonly T[]): T[] {
  return rows
    .map((row, i) => ({ row, i, s: shortfallAgainstNeighbours(row) }))
    .sort((a, b) => {
      if (a.s === undefined || b.s === undefined) return a.s === b.s ? a.i - b.i : a.s === undefined ? 1 : -1
      return b.s - a.s || a.i - b.i
    })
    .map((x) => x.row)
}
