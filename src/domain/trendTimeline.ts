// Where a trend's periods sit in time, and where time passes without a figure.
// The trend chart's x axis is proportional to time, so 2011, 2014, 2017-18 and
// two quarters of 2018-19 are spaced as far apart as they are; and a line is
// never drawn across more time than the indicator's own reporting rhythm, so
// it cannot suggest figures nobody published.
import type { Frequency, Period } from './scorecardSchema'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A period's place on a time axis, in whole days since 1 January 1970: its end
 * date. A figure is as at, or complete at, the end of its period (a count "at
 * Q2" is at 30 September; a year-end or year-to-date figure is whole at its
 * end), and periods are already ordered by end date (comparePeriods), so the
 * axis can never contradict the order. A three-year average sits at the end of
 * its three years; its label says what it is.
 */
export function periodTime(period: Pick<Period, 'end'>): number {
  return Math.round(Date.parse(`${period.end}T00:00:00Z`) / DAY_MS)
}

/** How far apart an indicator's figures are expected to be, and what one such period is called. */
export type ExpectedSpacing = { days: number; name: string }

const YEAR_DAYS = 365.25
const QUARTERLY: ExpectedSpacing = { days: YEAR_DAYS / 4, name: 'quarter' }

// The scorecard is a quarterly paper: a measure counted monthly, by term or by
// half term, to date, or as at a day, is reported once a quarter (P2.11,
// monthly, has one figure for each of Q1 and Q2 2018-19), so its figures are
// expected a quarter apart. Only an annual measure is expected once a year.
const SPACING: Record<Frequency, ExpectedSpacing> = {
  monthly: QUARTERLY,
  'half-termly': QUARTERLY,
  termly: QUARTERLY,
  quarterly: QUARTERLY,
  'year-to-date': QUARTERLY,
  'as-at': QUARTERLY,
  annual: { days: YEAR_DAYS, name: 'year' },
}

export function expectedSpacing(frequency: Frequency): ExpectedSpacing {
  return SPACING[frequency]
}

/**
 * Two neighbouring periods further apart than this many expected periods have
 * at least one expected figure missing between them. Period ends of one
 * frequency are not exactly equal distances apart (quarters are 89 to 92 days,
 * a month-end next to a quarter-end is one quarter on), so one and a half
 * absorbs that; a whole missing period (two spacings) is always past it.
 */
export const GAP_FACTOR = 1.5

export type TimePoint = { periodId: string; label: string; time: number }

/** A stretch of time with no period at all: the line stops at `from` and starts again at `to`. */
export type TimeGap = { from: TimePoint; to: TimePoint }

/** Where neighbouring points (oldest first) are more than about one expected period apart. */
export function findTimeGaps(points: readonly TimePoint[], frequency: Frequency): TimeGap[] {
  const limit = expectedSpacing(frequency).days * GAP_FACTOR
  const gaps: TimeGap[] = []
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1]!
    const to = points[i]!
    if (to.time - from.time > limit) gaps.push({ from, to })
  }
  return gaps
}
