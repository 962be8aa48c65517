// Rank, as LAIT computes it (R/fn_analysis.R, calculate_rank):
//   High polarity: `rank(-values_num, ties.method = "min", na.last = TRUE)`
//   Low polarity:  `rank(values_num, ties.method = "min", na.last = TRUE)`
//   no polarity:   "-" (no rank); a council with no figure: NA (no rank).
// So 1 is best; tied figures share the better rank ("min"), and the next
// rank skips (1, 2, 2, 4). Councils without a figure neither rank nor count.
import type { Polarity } from './officialDataset'

export type Rank = { rank: number; of: number }

/**
 * The rank of `value` among `figures` (which include it: every council's
 * figure, or the council's and its neighbours'). Null without a polarity, or
 * when `value` is not among the figures.
 */
export function rankAmong(value: number, figures: readonly number[], polarity: Polarity): Rank | null {
  if (polarity === 'none' || !figures.includes(value)) return null
  const better = figures.filter((f) => (polarity === 'high' ? f > value : f < value)).length
  return { rank: better + 1, of: figures.length }
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd… */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th')
  return `${n}${suffix}`
}

/** "5th of 11". */
export function rankWords(rank: Rank): string {
  return `${ordinal(rank.rank)} of ${rank.of}`
}
