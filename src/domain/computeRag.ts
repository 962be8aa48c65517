// RAG rules (see docs/data-format.md, "RAG"):
//  green  the target is met (inside a range counts as met);
//  amber  missed, but within the indicator's amber tolerance, or missed while
//         better than the England comparator (the council's own rule, stated
//         for P3.17: 128 days against a 121-day target and a 226-day average);
//  red    otherwise;
//  none   no polarity, no numeric target, or no figure for the period.
import { formatNumberWithUnit, formatTarget } from './formatValue'
import { cellFor, comparatorFor, targetFor } from './indicatorLookups'
import { withReason, type ReasonMaker } from './lazyReason'
import type { Indicator, Period, Target, Unit, ValueCell } from './scorecardSchema'
import { labelFor } from './periods'

export type Rating = 'red' | 'amber' | 'green'
export type RagRating = Rating | 'none'

export type RagResult = {
  rating: RagRating
  /** One plain-English sentence saying why. */
  reason: string
  /** The rating the source printed or stated for this period, if any. */
  reported?: Rating
  /** True when a reported rating exists and differs from the computed one. */
  disagreesWithReported: boolean
}

function isBetter(value: number, than: number, polarity: Indicator['polarity']): boolean {
  return polarity === 'high-is-good' ? value > than : value < than
}

/**
 * How far a figure falls short of a numeric target, in the indicator's unit:
 * 0 or less means met. Outside a range, in either direction, is a miss.
 */
export function targetMiss(target: Extract<Target, { kind: 'number' | 'range' }>, value: number, polarity: Indicator['polarity']): number {
  if (target.kind === 'range') return value < target.min ? target.min - value : value > target.max ? value - target.max : 0
  return polarity === 'high-is-good' ? target.value - value : value - target.value
}

export function computeRag(indicator: Indicator, periodId: string, periods: ReadonlyMap<string, Period>): RagResult {
  return ragOfCell(
    indicator,
    periodId,
    cellFor(indicator, periodId),
    indicator.reported.find((r) => r.period === periodId),
    periods,
  )
}

/** computeRag for a caller that has already looked up the period's cell and reported entry (assessIndicator, for every indicator on every view). */
export function ragOfCell(
  indicator: Indicator,
  periodId: string,
  cell: ValueCell | undefined,
  reportedEntry: Indicator['reported'][number] | undefined,
  periods: ReadonlyMap<string, Period>,
): RagResult {
  const reported = reportedEntry?.rag
  const { polarity, unit } = indicator
  if (polarity === 'none') return notRated(reported, 'Not rated: this indicator has no polarity, so it is shown for context.')
  const target = targetFor(indicator, periodId, periods)
  const from = indicator.target?.from
  if (!target && from) return notRated(reported, `Not rated: the target applies from ${labelFor(periods, from)}.`)
  if (!target || target.kind === 'text') return notRated(reported, 'Not rated: there is no numeric target.')
  if (!cell || cell.kind !== 'number') return notRated(reported, 'Not rated: there is no figure for this period.')

  const value = cell.number
  const miss = targetMiss(target, value, polarity)
  if (miss <= 0) return ragResult('green', reported, met, { target, unit })

  const tolerance = indicator.amberTolerance
  if (tolerance !== undefined && miss <= tolerance) return ragResult('amber', reported, withinTolerance, { target, unit, by: tolerance })
  const england = comparatorFor(indicator, 'england', periodId, periods)
  if (england && isBetter(value, england.number, polarity)) {
    return ragResult('amber', reported, betterThanEngland, { target, unit, by: england.number })
  }
  return ragResult('red', reported, missed, { target, unit })
}

/** Not rated: the reason is a fixed sentence, with no figure to format, so it is simply kept. */
function notRated(reported: Rating | undefined, reason: string): RagResult {
  // A reported rating is red, amber or green, so it always disagrees with none.
  return reported
    ? { rating: 'none', reason, reported, disagreesWithReported: true }
    : { rating: 'none', reason, disagreesWithReported: false }
}

/** Rated: the fields in their usual order, the rating, its reason (built when read: lazyReason.ts, as most are never shown), then what the source reported. */
function ragResult<F>(rating: Rating, reported: Rating | undefined, reason: ReasonMaker<{ rating: RagRating }, F>, facts: F): RagResult {
  const result = withReason({ rating }, reason, facts)
  return reported
    ? Object.assign(result, { reported, disagreesWithReported: reported !== rating })
    : Object.assign(result, { disagreesWithReported: false })
}

// The reasons for a rating, one for each way it is reached.
type TargetFacts = { target: Extract<Target, { kind: 'number' | 'range' }>; unit: Unit }
/** The figure a missed target is measured against: the amber tolerance, or the England average. */
type MissFacts = TargetFacts & { by: number }

const targetWords = ({ target, unit }: TargetFacts) => formatTarget(target, unit, { withUnit: true })
const met = (_: unknown, facts: TargetFacts) => `Green: meets the target of ${targetWords(facts)}.`
const withinTolerance = (_: unknown, facts: MissFacts) =>
  `Amber: misses the target of ${targetWords(facts)}, but by no more than the tolerance of ${formatNumberWithUnit(facts.by, facts.unit)}.`
const betterThanEngland = (_: unknown, facts: MissFacts) =>
  `Amber: misses the target of ${targetWords(facts)}, but is better than the England average of ${formatNumberWithUnit(facts.by, facts.unit)}.`
const missed = (_: unknown, facts: TargetFacts) => `Red: misses the target of ${targetWords(facts)}.`

export type RagKeyEntry = { rating: RagRating; meaning: string }

/**
 * What each rating means, in words, from the rules above as they apply to
 * these indicators: the amber tolerance is named only when some indicator has
 * one, so the key never states a rule the scorecard does not use.
 */
export function ragKey(indicators: readonly Pick<Indicator, 'amberTolerance'>[]): RagKeyEntry[] {
  const tolerance = indicators.some((i) => i.amberTolerance !== undefined)
  const england = 'better than the England average'
  return [
    {
      rating: 'red',
      meaning: tolerance
        ? `misses its target by more than its tolerance, and is not ${england}`
        : `misses its target, and is not ${england}`,
    },
    {
      rating: 'amber',
      meaning: tolerance
        ? `misses its target, but by no more than its tolerance, or is ${england}`
        : `misses its target, but is ${england}`,
    },
    { rating: 'green', meaning: 'meets its target (inside a target range counts)' },
    { rating: 'none', meaning: 'no polarity (neither higher nor lower is better), no numeric target, or no figure' },
  ]
}
