// The gap between a council's figure and a comparator (England, its region,
// its neighbours' average), in the measure's unit, with the word a reader
// needs: better or worse where the measure has a polarity, higher or lower
// where it has none, "the same" when the gap rounds to nothing.
import { roundHalfAway } from './neighbourAverage'
import type { Polarity } from './officialDataset'

export type GapWord = 'better' | 'worse' | 'the same' | 'higher' | 'lower'

export type Gap = { gap: number; word: GapWord }

/**
 * `gap` is value − comparator, rounded to the measure's decimal places (one
 * where the dictionary gives none, as LAIT prints them). Edge case: a gap that
 * rounds to zero is "the same" whatever the polarity.
 */
export function gapTo(value: number, comparator: number, polarity: Polarity, dps: number | null): Gap {
  const gap = roundHalfAway(value - comparator, dps ?? 1)
  if (gap === 0) return { gap: 0, word: 'the same' }
  if (polarity === 'none') return { gap, word: gap > 0 ? 'higher' : 'lower' }
  const better = polarity === 'high' ? gap > 0 : gap < 0
  return { gap, word: better ? 'better' : 'worse' }
}
