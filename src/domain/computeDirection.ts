// Direction of travel. The raw direction is what the number did (up, down,
// same); its meaning depends on polarity (a rise in NEET is worsening). The
// council's printed arrows follow the number, not better/worse, and several
// are garbled, so the printed glyph is kept and read separately.
import { formatNumberWithUnit, decimalsFor } from './formatValue'
import { cellFor } from './indicatorLookups'
import { comparePeriods, samePeriodYearBefore } from './periods'
import type { Indicator, Period, Unit } from './scorecardSchema'

export type RawDirection = 'up' | 'down' | 'same'
export type DirectionMeaning = 'improving' | 'worsening' | 'no-change' | 'none'
export type Comparison = 'previous' | 'year-before'

export type DirectionResult = {
  against: Comparison
  raw: RawDirection | null
  meaning: DirectionMeaning
  from?: { periodId: string; number: number; printed?: string }
  to?: { periodId: string; number: number; printed?: string }
  change?: number
  /** Plain-English reason, e.g. why there is no direction. */
  reason: string
}

/** Percentages within half a point, and other figures within 1%, count as no real change. */
export const NO_CHANGE_PERCENT_POINTS = 0.5
export const NO_CHANGE_RELATIVE = 0.01

export function isNoRealChange(from: number, to: number, unit: Unit): boolean {
  const delta = Math.abs(to - from)
  if (unit === 'percent') return delta <= NO_CHANGE_PERCENT_POINTS + 1e-9
  if (from === 0) return delta === 0
  return delta <= Math.abs(from) * NO_CHANGE_RELATIVE + 1e-9
}

function meaningOf(raw: RawDirection, polarity: Indicator['polarity']): DirectionMeaning {
  if (polarity === 'none') return 'none'
  if (raw === 'same') return 'no-change'
  const better = polarity === 'high-is-good' ? raw === 'up' : raw === 'down'
  return better ? 'improving' : 'worsening'
}

/** The period to compare with: the latest earlier period with a cell, or the same period a year before. */
function comparisonPeriod(
  indicator: Indicator,
  current: Period,
  against: Comparison,
  periods: ReadonlyMap<string, Period>,
): Period | undefined {
  // One pass, no sorting: this runs twice for every indicator on every view.
  const isYearBefore = against === 'year-before' ? samePeriodYearBefore(current) : undefined
  let best: Period | undefined
  for (const v of indicator.values) {
    const p = periods.get(v.period)
    if (!p) continue
    if (isYearBefore) {
      if (isYearBefore(p)) return p
    } else if (p.end < current.start && (!best || comparePeriods(best, p) < 0)) best = p
  }
  return best
}

export function computeDirection(
  indicator: Indicator,
  periodId: string,
  periods: ReadonlyMap<string, Period>,
  against: Comparison = 'previous',
): DirectionResult {
  const none = (reason: string): DirectionResult => ({ against, raw: null, meaning: 'none', reason })
  const current = periods.get(periodId)
  const toCell = cellFor(indicator, periodId)
  if (!current || !toCell) return none('No figure for this period.')
  if (toCell.kind === 'suppressed') return none('Suppressed figures give no direction.')
  if (toCell.kind !== 'number') return none('No figure for this period to compare.')

  const fromPeriod = comparisonPeriod(indicator, current, against, periods)
  if (!fromPeriod)
    return none(against === 'previous' ? 'No earlier figure to compare with.' : 'No figure for the same period a year before.')
  const fromCell = cellFor(indicator, fromPeriod.id)
  if (fromCell?.kind === 'suppressed') return none(`The ${fromPeriod.label} figure is suppressed, so there is no direction.`)
  if (fromCell?.kind !== 'number') return none(`No figure for ${fromPeriod.label} to compare with.`)

  const seriesBreak = indicator.notes.find((n) => {
    if (!n.breaksSeries || !n.effectiveFrom) return false
    const changedAt = periods.get(n.effectiveFrom)
    return changedAt !== undefined && comparePeriods(fromPeriod, changedAt) < 0 && comparePeriods(changedAt, current) <= 0
  })
  if (seriesBreak) {
    return none(`The definition changed from ${periods.get(seriesBreak.effectiveFrom!)!.label}, so ${fromPeriod.label} is not comparable.`)
  }

  const from = fromCell.number
  const to = toCell.number
  const raw: RawDirection = isNoRealChange(from, to, indicator.unit) ? 'same' : to > from ? 'up' : 'down'
  const meaning = meaningOf(raw, indicator.polarity)
  return {
    against,
    raw,
    meaning,
    from: { periodId: fromPeriod.id, number: from, ...(fromCell.printed ? { printed: fromCell.printed } : {}) },
    to: { periodId, number: to, ...(toCell.printed ? { printed: toCell.printed } : {}) },
    change: to - from,
    // Built when read, not here: a scorecard view assesses every indicator
    // twice but shows few reasons, and formatting numbers is the costly part.
    get reason() {
      const fmt = (n: number, printed?: string) => formatNumberWithUnit(n, indicator.unit, decimalsFor(n, printed))
      const movement = raw === 'same' ? `little changed from ${fmt(from, fromCell.printed)}` : `${raw} from ${fmt(from, fromCell.printed)}`
      const verdict = meaning === 'none' ? 'no polarity, so neither better nor worse' : meaning.replace('-', ' ')
      return `${fmt(to, toCell.printed)} in ${current.label}, ${movement} in ${fromPeriod.label}: ${verdict}.`
    },
  }
}

/** Reads a printed direction-of-travel glyph. Garbled glyphs read as "unknown". */
export function readPrintedArrow(raw: string): RawDirection | 'unknown' {
  const text = raw.replace(/[$\s]/g, '')
  if (/^(↑|\\uparrow|⇧|▲)$/.test(text)) return 'up'
  if (/^(↓|\\downarrow|⇩|▼)$/.test(text)) return 'down'
  if (/^(→|\\rightarrow|↔|⇔|=|►)$/.test(text)) return 'same'
  return 'unknown'
}
