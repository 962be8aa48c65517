// What changed since the previous figure, each with one definition that the
// overview's summary, its lists and the committee pack all use, so a count
// and the list beside it cannot disagree.
import { assessAtPoint, isMissing, type Assessment } from './assessIndicator'
import { decimalsFor, formatNumberWithUnit } from './formatValue'
import { indexPeriods } from './periods'
import { pointBefore, reportingCadence, withPoint, type ReportingPoint } from './reportingPoints'
import type { Scorecard } from './scorecardSchema'

/**
 * Worsened: the figure shown moved the wrong way since the figure before it,
 * by more than "no real change" (computeDirection.ts), and still stands for
 * the point. A figure too old for the point (late or stale: "no figure this
 * period") is not news of this period, so it is not counted here.
 */
export function hasWorsened(a: Assessment): boolean {
  return a.direction.meaning === 'worsening' && !isMissing(a)
}

function figureWords(a: Assessment, x: { number: number; printed?: string }): string {
  return formatNumberWithUnit(x.number, a.indicator.unit, decimalsFor(x.number, x.printed))
}

/** "down from 85% to 47%", "up from 108 days to 128 days": what a figure did since the one before; undefined without a direction. */
export function movementWords(a: Assessment): string | undefined {
  const { from, to, raw } = a.direction
  if (!from || !to || raw === null) return undefined
  if (raw === 'same') return `little changed from ${figureWords(a, from)} to ${figureWords(a, to)}`
  return `${raw} from ${figureWords(a, from)} to ${figureWords(a, to)}`
}

/** "from 85%": the figure before, for beside a figure already shown; undefined without a direction. */
export function fromWords(a: Assessment): string | undefined {
  const { from, raw } = a.direction
  return from && raw !== null ? `from ${figureWords(a, from)}` : undefined
}

/** Improved: as hasWorsened, the other way. */
export function hasImproved(a: Assessment): boolean {
  return a.direction.meaning === 'improving' && !isMissing(a)
}

export type NewlyRed = {
  /** The point compared with: the one before (the previous quarter for a quarterly scorecard). */
  before: ReportingPoint
  /** Red at the point, and not red at the point before. */
  assessments: Assessment[]
}

/**
 * Newly red: red at the point, and at the point before it the indicator had a
 * figure that was not red (amber, green, or not rated, say before its target
 * applied). Each is assessed at the point before exactly as a view of that
 * point would (its latest entry by then), so an annual figure that was
 * already red last quarter is not new. An indicator with no figure at the
 * point before is left out: there is nothing to say it was not red.
 */
export function findNewlyRed(scorecard: Scorecard, point: ReportingPoint, assessments: readonly Assessment[]): NewlyRed {
  const all = indexPeriods(scorecard.periods)
  const built = pointBefore(point, reportingCadence(scorecard))
  // The scorecard's own period of that id names it, so its label is the data's.
  const before = all.get(built.id) ?? built
  const periods = withPoint(withPoint(all, point), before)
  return {
    before,
    assessments: assessments.filter((a) => {
      if (a.rag.rating !== 'red') return false
      const then = assessAtPoint(a.indicator, before, periods)
      return then.hasData && then.rag.rating !== 'red'
    }),
  }
}
