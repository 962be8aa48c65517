// Direction of travel. The raw direction is what the number did (up, down,
// same); its meaning depends on polarity (a rise in NEET is worsening). The
// council's printed arrows follow the number, not better/worse, and several
// are garbled, so the printed glyph is kept and read separately.
import { formatNumberWithUnit, decimalsFor } from './formatValue'
import { cellFor } from './indicatorLookups'
import { withReason } from './lazyReason'
import { comparePeriods, labelFor, samePeriodYearBefore } from './periods'
import { capitalise } from './wording'
import type { Indicator, Period, Unit, ValueCell } from './scorecardSchema'

export type RawDirection = 'up' | 'down' | 'same'
export type DirectionMeaning = 'improving' | 'worsening' | 'no-change' | 'none'
export type Comparison = 'previous' | 'year-before'

/** Why a comparison gives no direction, with the period labels the reason names. */
export type NoDirection =
  | { code: 'no-figure' }
  | { code: 'suppressed' }
  | { code: 'not-a-number' }
  | { code: 'no-earlier' }
  | { code: 'no-year-before' }
  | { code: 'earlier-suppressed'; earlier: string }
  | { code: 'earlier-not-a-number'; earlier: string }
  | { code: 'definition-changed'; changedFrom: string; earlier: string }

export type DirectionResult = {
  against: Comparison
  raw: RawDirection | null
  meaning: DirectionMeaning
  from?: { periodId: string; number: number; printed?: string }
  to?: { periodId: string; number: number; printed?: string }
  change?: number
  /** Set when there is no direction: why. */
  noDirection?: NoDirection
  /** Plain-English reason, as a sentence: why there is no direction, or what the figure did. */
  reason: string
}

/** Why there is no direction, as a clause for the middle of a sentence (no capital, no full stop). */
export function noDirectionClause(why: NoDirection): string {
  switch (why.code) {
    case 'no-figure':
      return 'no figure for this period'
    case 'suppressed':
      return 'suppressed figures give no direction'
    case 'not-a-number':
      return 'no figure for this period to compare'
    case 'no-earlier':
      return 'no earlier figure to compare with'
    case 'no-year-before':
      return 'no figure for the same period a year before'
    case 'earlier-suppressed':
      return `the ${why.earlier} figure is suppressed, so there is no direction`
    case 'earlier-not-a-number':
      return `no figure for ${why.earlier} to compare with`
    case 'definition-changed':
      return `the definition changed from ${why.changedFrom}, so ${why.earlier} is not comparable`
  }
}

/** Percentages within half a point, and other figures within 1%, count as no real change. */
export const NO_CHANGE_PERCENT_POINTS = 0.5
export const NO_CHANGE_RELATIVE = 0.01

/** The rule above in words, for a key: "a change of at most 0.5 percentage points (a percentage) or 1% of the earlier figure". */
export function noRealChangeWords(): string {
  return `a change of at most ${NO_CHANGE_PERCENT_POINTS} percentage points (for a percentage) or ${NO_CHANGE_RELATIVE * 100}% of the earlier figure (for anything else)`
}

export function isNoRealChange(from: number, to: number, unit: Unit): boolean {
  const delta = Math.abs(to - from)
  if (unit === 'percent') return delta <= NO_CHANGE_PERCENT_POINTS + 1e-9
  if (from === 0) return delta === 0
  return delta <= Math.abs(from) * NO_CHANGE_RELATIVE + 1e-9
}

/** What a movement means given polarity: the one rule for the scorecard's figures and the official series. */
export function meaningOf(raw: RawDirection, polarity: Indicator['polarity']): DirectionMeaning {
  if (polarity === 'none') return 'none'
  if (raw === 'same') return 'no-change'
  const better = polarity === 'high-is-good' ? raw === 'up' : raw === 'down'
  return better ? 'improving' : 'worsening'
}

/** The verdict ending a direction's reason: "improving", "no change", or why there is none. */
export function verdictWords(meaning: DirectionMeaning): string {
  return meaning === 'none' ? 'no polarity, so neither better nor worse' : meaning.replace('-', ' ')
}

type ComparisonEntry = { period: Period; cell: ValueCell }

/**
 * The entries to compare with, found in one pass over the values (no sorting):
 * the latest earlier period with a cell, and the same period a year before.
 * This runs for every indicator on every view.
 */
function comparisonEntries(
  indicator: Indicator,
  current: Period,
  periods: ReadonlyMap<string, Period>,
): Record<Comparison, ComparisonEntry | undefined> {
  const isYearBefore = samePeriodYearBefore(current)
  // The latest earlier entry so far, kept as two locals: an entry object for each newer one found would be one per value.
  let previousPeriod: Period | undefined
  let previousCell: ValueCell | undefined
  let yearBefore: ComparisonEntry | undefined
  for (const v of indicator.values) {
    const p = periods.get(v.period)
    if (!p) continue
    if (!yearBefore && isYearBefore(p)) yearBefore = { period: p, cell: v }
    if (p.end < current.start && (!previousPeriod || comparePeriods(previousPeriod, p) < 0)) {
      previousPeriod = p
      previousCell = v
    }
  }
  const previous = previousPeriod && previousCell ? { period: previousPeriod, cell: previousCell } : undefined
  return { previous, 'year-before': yearBefore }
}

function noDirection(against: Comparison, why: NoDirection): DirectionResult {
  return { against, raw: null, meaning: 'none', noDirection: why, reason: `${capitalise(noDirectionClause(why))}.` }
}

export function computeDirection(
  indicator: Indicator,
  periodId: string,
  periods: ReadonlyMap<string, Period>,
  against: Comparison = 'previous',
): DirectionResult {
  return directionsOfCell(indicator, periodId, cellFor(indicator, periodId), periods)[against]
}

/**
 * computeDirection against the previous figure and the year before at once,
 * for a caller that has already looked up the period's cell (assessIndicator,
 * for every indicator on every view): the values are scanned once for both.
 */
export function directionsOfCell(
  indicator: Indicator,
  periodId: string,
  toCell: ValueCell | undefined,
  periods: ReadonlyMap<string, Period>,
): Record<Comparison, DirectionResult> {
  const current = periods.get(periodId)
  if (!current || toCell?.kind !== 'number') {
    const why: NoDirection = { code: !current || !toCell ? 'no-figure' : toCell.kind === 'suppressed' ? 'suppressed' : 'not-a-number' }
    return { previous: noDirection('previous', why), 'year-before': noDirection('year-before', why) }
  }
  const entries = comparisonEntries(indicator, current, periods)
  // The figure compared, and what a reason needs besides the result, are the same for both comparisons: made once.
  const toFigure = figureOf(periodId, toCell)
  const facts: MovementFacts = { unit: indicator.unit, periods }
  return {
    previous: directionBetween(indicator, current, toFigure, entries.previous, periods, 'previous', facts),
    'year-before': directionBetween(indicator, current, toFigure, entries['year-before'], periods, 'year-before', facts),
  }
}

type Figure = NonNullable<DirectionResult['from']>

/** A compared figure, with `printed` only when there is one; each shape written out whole, as an object given a field later is larger and slower. */
function figureOf(periodId: string, cell: Extract<ValueCell, { kind: 'number' }>): Figure {
  return cell.printed ? { periodId, number: cell.number, printed: cell.printed } : { periodId, number: cell.number }
}

function directionBetween(
  indicator: Indicator,
  current: Period,
  toFigure: Figure,
  fromEntry: ComparisonEntry | undefined,
  periods: ReadonlyMap<string, Period>,
  against: Comparison,
  facts: MovementFacts,
): DirectionResult {
  if (!fromEntry) return noDirection(against, { code: against === 'previous' ? 'no-earlier' : 'no-year-before' })
  const { period: fromPeriod, cell: fromCell } = fromEntry
  if (fromCell.kind === 'suppressed') return noDirection(against, { code: 'earlier-suppressed', earlier: fromPeriod.label })
  if (fromCell.kind !== 'number') return noDirection(against, { code: 'earlier-not-a-number', earlier: fromPeriod.label })

  const changedAt = seriesBreakBetween(indicator, fromPeriod, current, periods)
  if (changedAt) return noDirection(against, { code: 'definition-changed', changedFrom: changedAt.label, earlier: fromPeriod.label })

  const from = fromCell.number
  const to = toFigure.number
  const raw: RawDirection = isNoRealChange(from, to, indicator.unit) ? 'same' : to > from ? 'up' : 'down'
  const meaning = meaningOf(raw, indicator.polarity)
  // The reason is built when read (lazyReason.ts): a scorecard view assesses every indicator twice but shows few reasons.
  return withReason(
    { against, raw, meaning, from: figureOf(fromPeriod.id, fromCell), to: toFigure, change: to - from },
    movementReason,
    facts,
  )
}

/** The period from which a note says the definition changed, after the earlier figure and by the current one: the two are not comparable. */
function seriesBreakBetween(
  indicator: Indicator,
  earlier: Period,
  current: Period,
  periods: ReadonlyMap<string, Period>,
): Period | undefined {
  for (const n of indicator.notes) {
    if (!n.breaksSeries || !n.effectiveFrom) continue
    const changedAt = periods.get(n.effectiveFrom)
    if (changedAt !== undefined && comparePeriods(earlier, changedAt) < 0 && comparePeriods(changedAt, current) <= 0) return changedAt
  }
  return undefined
}

type Movement = Pick<DirectionResult, 'raw' | 'meaning'> & Required<Pick<DirectionResult, 'from' | 'to'>>
/** The indicator's unit, and the periods that name the two figures' own. */
type MovementFacts = { unit: Unit; periods: ReadonlyMap<string, Period> }

/** "47% in Q2 2018-19, down from 85% in Q1 2018-19: worsening.": what a figure did since the one it is compared with. */
function movementReason({ raw, meaning, from, to }: Movement, { unit, periods }: MovementFacts): string {
  const fmt = (figure: { number: number; printed?: string }) =>
    formatNumberWithUnit(figure.number, unit, decimalsFor(figure.number, figure.printed))
  const movement = raw === 'same' ? `little changed from ${fmt(from)}` : `${raw} from ${fmt(from)}`
  return `${fmt(to)} in ${labelFor(periods, to.periodId)}, ${movement} in ${labelFor(periods, from.periodId)}: ${verdictWords(meaning)}.`
}

/**
 * Reads a printed direction-of-travel glyph, or the words a download writes
 * for one ("Up", "Down", "No change": printedStatusWords.ts). Garbled glyphs
 * read as "unknown".
 */
export function readPrintedArrow(raw: string): RawDirection | 'unknown' {
  const text = raw.replace(/[$\s]/g, '').toLowerCase()
  if (/^(↑|\\uparrow|⇧|▲|up)$/.test(text)) return 'up'
  if (/^(↓|\\downarrow|⇩|▼|down)$/.test(text)) return 'down'
  if (/^(→|\\rightarrow|↔|⇔|=|►|nochange)$/.test(text)) return 'same'
  return 'unknown'
}
