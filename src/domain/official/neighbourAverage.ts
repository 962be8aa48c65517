// The statistical-neighbour average, as LAIT computes it: the mean of the
// neighbours that have a figure in that year (R/lait_modules/mod_la_lvl_table.R,
// LA_LongDataServer: `mean(values_num, na.rm = TRUE)` by Years over the
// council's neighbours; suppressed and missing figures are NA and left out).
// LAIT then prints it to the measure's decimal places; this rounds to one
// decimal place and says how many of the ten it covers ("9 of 10").
import { figureOf, type OfficialValue } from './officialDataset'

export type NeighbourAverage = {
  /** Null when no neighbour has a figure (LAIT's mean of nothing is NaN; it shows a blank). */
  average: number | null
  covered: number
  of: number
  /** "9 of 10": the neighbours whose figures make the average. */
  coverage: string
}

/** Rounds half away from zero, so 12.25 is 12.3 as a reader expects (binary noise removed first). */
export function roundHalfAway(n: number, places: number): number {
  const scale = 10 ** places
  const scaled = Number((Math.abs(n) * scale).toPrecision(12))
  const rounded = (Math.sign(n) * Math.round(scaled)) / scale
  return rounded === 0 ? 0 : rounded
}

/**
 * Edge cases: a status (suppressed, not available) or a missing row counts as
 * no figure; with none the average is null ("0 of 10"); a council with fewer
 * than ten listed neighbours is covered out of the number it has.
 */
export function neighbourAverage(neighbourValues: readonly (OfficialValue | undefined)[]): NeighbourAverage {
  const figures = neighbourValues.map(figureOf).filter((n): n is number => n !== undefined)
  const of = neighbourValues.length
  const average = figures.length ? roundHalfAway(figures.reduce((sum, n) => sum + n, 0) / figures.length, 1) : null
  return { average, covered: figures.length, of, coverage: `${figures.length} of ${of}` }
}
