// Direction of travel for an official series: over the latest year (against
// the year before) and over the last three years (the latest against two
// years before it), polarity-aware, with the scorecard's own "no real change"
// rule (isNoRealChange: half a percentage point, or 1% of the earlier figure).
// Like LAIT's calculate_change_from_prev_yr, a change is only between
// consecutive years, and a status on either side gives no direction.
import { isNoRealChange, meaningOf, verdictWords, type DirectionMeaning, type RawDirection } from '../computeDirection'
import { formatNumber } from '../formatValue'
import type { Unit } from '../scorecardSchema'
import { figureOf, type OfficialPeriod, type OfficialValue, type Polarity } from './officialDataset'

export type OfficialDirection = {
  raw: RawDirection | null
  meaning: DirectionMeaning
  from?: { year: string; figure: number }
  to?: { year: string; figure: number }
  change?: number
  reason: string
}

const endYear = (p: OfficialPeriod) => Number(p.end.slice(0, 4))

/** The dictionary's High / Low / none, in the scorecard's words, so one rule judges both. */
const SCORECARD_POLARITY = { high: 'high-is-good', low: 'low-is-good', none: 'none' } as const satisfies Record<Polarity, string>

/**
 * Compares the figure in `years[toIndex]` with the one `span` years earlier
 * (1: year on year; 2: the last three years). Edge cases: the earlier year must
 * be exactly `span` years before (a gap in the series gives no direction, as
 * in LAIT); a status or a missing figure at either end gives none; without a
 * polarity the movement is told but not judged.
 */
export function officialDirection(
  years: readonly OfficialPeriod[],
  values: readonly OfficialValue[],
  polarity: Polarity,
  unit: Unit,
  span: 1 | 2 = 1,
  toIndex: number = years.length - 1,
): OfficialDirection {
  const none = (reason: string): OfficialDirection => ({ raw: null, meaning: 'none', reason })
  const toPeriod = years[toIndex]
  if (!toPeriod) return none('No year to compare.')
  const to = figureOf(values[toIndex])
  if (to === undefined) return none(`No figure for ${toPeriod.label}.`)
  const fromIndex = years.findIndex((p) => endYear(p) === endYear(toPeriod) - span && p.kind === toPeriod.kind)
  const fromPeriod = years[fromIndex]
  if (!fromPeriod) return none(`No figure ${span === 1 ? 'for the year before' : 'for two years before'} to compare with.`)
  const from = figureOf(values[fromIndex])
  if (from === undefined) return none(`No figure for ${fromPeriod.label} to compare with.`)
  const raw: RawDirection = isNoRealChange(from, to, unit) ? 'same' : to > from ? 'up' : 'down'
  const meaning = meaningOf(raw, SCORECARD_POLARITY[polarity])
  const verdict = verdictWords(meaning)
  const movement = raw === 'same' ? 'little changed' : raw
  return {
    raw,
    meaning,
    from: { year: fromPeriod.text, figure: from },
    to: { year: toPeriod.text, figure: to },
    change: to - from,
    // In its unit (63%, not 63), as the figures beside the sentence are.
    reason: `${formatNumber(to, unit)} in ${toPeriod.label}, ${movement} from ${formatNumber(from, unit)} in ${fromPeriod.label}: ${verdict}.`,
  }
}
