// RAG rules (see docs/data-format.md, "RAG"):
//  green  the target is met (inside a range counts as met);
//  amber  missed, but within the indicator's amber tolerance, or missed while
//         better than the England comparator (the council's own rule, stated
//         for P3.17: 128 days against a 121-day target and a 226-day average);
//  red    otherwise;
//  none   no polarity, no numeric target, or no figure for the period.
import { formatNumberWithUnit, formatTarget } from './formatValue'
import { cellFor, comparatorFor, targetFor } from './indicatorLookups'
import type { Indicator, Period, Target, ValueCell } from './scorecardSchema'
import { defineReason } from './lazyReason'
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
  // The reason is built when read (lazyReason.ts): most are never shown.
  // The fields in their usual order: the rating, its reason, then what the source reported.
  const finish = (rating: RagRating, reason: () => string): RagResult => {
    const result = defineReason({ rating }, reason)
    return reported
      ? Object.assign(result, { reported, disagreesWithReported: reported !== rating })
      : Object.assign(result, { disagreesWithReported: false })
  }

  const { polarity, unit } = indicator
  if (polarity === 'none') return finish('none', () => 'Not rated: this indicator has no polarity, so it is shown for context.')
  const target = targetFor(indicator, periodId, periods)
  const from = indicator.target?.from
  if (!target && from) {
    return finish('none', () => `Not rated: the target applies from ${labelFor(periods, from)}.`)
  }
  if (!target || target.kind === 'text') return finish('none', () => 'Not rated: there is no numeric target.')
  if (!cell || cell.kind !== 'number') return finish('none', () => 'Not rated: there is no figure for this period.')

  const value = cell.number
  const targetText = () => formatTarget(target, unit, { withUnit: true })
  const miss = targetMiss(target, value, polarity)
  if (miss <= 0) return finish('green', () => `Green: meets the target of ${targetText()}.`)

  const tolerance = indicator.amberTolerance
  if (tolerance !== undefined && miss <= tolerance) {
    return finish(
      'amber',
      () => `Amber: misses the target of ${targetText()}, but by no more than the tolerance of ${formatNumberWithUnit(tolerance, unit)}.`,
    )
  }
  const england = comparatorFor(indicator, 'england', periodId, periods)
  if (england && isBetter(value, england.number, polarity)) {
    return finish(
      'amber',
      () =>
        `Amber: misses the target of ${targetText()}, but is better than the England average of ${formatNumberWithUnit(england.number, unit)}.`,
    )
  }
  return finish('red', () => `Red: misses the target of ${targetText()}.`)
}

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
