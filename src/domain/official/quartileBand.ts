// Quartile bands, as LAIT computes them. Cut points: R's `quantile(x, na.rm =
// TRUE)` over every council's figure in the measure's latest year (the
// default type 7: linear interpolation between order statistics; LAIT's
// R/lait_modules/mod_la_lvl_table.R, LA_StatsTableServer, over la_names_bds,
// the areas numbered below 970). Bands (R/fn_analysis.R,
// calculate_quartile_band): for Low polarity A is [0%, 25%], B (25%, 50%],
// C (50%, 75%], D (75%, 100%]; for High the same intervals read D, C, B, A.
// No band where the measure has no polarity or the dictionary's No_Quartile
// is "N" (global.R's no_qb_indicators; `no_show_qb` gives "-").
import type { Polarity } from './officialDataset'

export type QuartileBand = 'A' | 'B' | 'C' | 'D'

/** R's quantile type 7 of sorted figures at probability p: x[h] + (h - floor h)(x[h+1] - x[h]), h = (n - 1)p. */
export function quantileType7(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('quantileType7: no figures')
  const h = (sorted.length - 1) * p
  const lo = Math.floor(h)
  const hi = Math.min(lo + 1, sorted.length - 1)
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!)
}

/** The 0%, 25%, 50%, 75% and 100% cut points of the figures (any order). */
export function quartileCutPoints(figures: readonly number[]): [number, number, number, number, number] {
  const sorted = [...figures].sort((a, b) => a - b)
  return [0, 0.25, 0.5, 0.75, 1].map((p) => quantileType7(sorted, p)) as [number, number, number, number, number]
}

export type BandResult = { band: QuartileBand; cutPoints: [number, number, number, number, number] } | { band: null; reason: string }

/**
 * The band of a council's figure among every council's figures for the same
 * year. Edge cases: no polarity or No_Quartile gives no band, with the reason;
 * a figure exactly on a cut point falls in the lower interval (so for High
 * polarity a figure equal to the 75% cut is B, not A, as in LAIT); with no
 * figures at all there is no band.
 */
export function quartileBand(value: number, figures: readonly number[], polarity: Polarity, noQuartile: boolean): BandResult {
  if (polarity === 'none') return { band: null, reason: 'This measure has no polarity, so no quartile band.' }
  if (noQuartile) return { band: null, reason: 'The DfE shows no quartile band for this measure (its range is too small).' }
  if (figures.length === 0) return { band: null, reason: 'No council has a figure for this year.' }
  const cutPoints = quartileCutPoints(figures)
  const [, q25, q50, q75] = cutPoints
  const interval = value <= q25 ? 0 : value <= q50 ? 1 : value <= q75 ? 2 : 3
  const lowIsGood: QuartileBand[] = ['A', 'B', 'C', 'D']
  const band = polarity === 'low' ? lowIsGood[interval]! : lowIsGood[3 - interval]!
  return { band, cutPoints }
}

/** A band in words, so it is never told by colour or letter alone. */
export const BAND_WORDS: Record<QuartileBand, string> = {
  A: 'top quartile',
  B: 'second quartile',
  C: 'third quartile',
  D: 'bottom quartile',
}
