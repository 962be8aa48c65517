// A scorecard's reporting points as every view needs them: its cadence, the
// points with how far each is filled in, the period lookup that knows them,
// the point views open at and the picker's choices. Worked out once per
// scorecard and kept beside it (a WeakMap, so it goes when the scorecard
// does): the count reads every cell, 400,000 at 10,000 indicators, and every
// page and assessment asks for it.
import { indexPeriods } from './periods'
import {
  defaultPoint,
  pointChoiceText,
  pointNamed,
  pointOfPeriod,
  reportingCadence,
  reportingPointsInSteps,
  runToEnd,
  withPoint,
  type Cadence,
  type PointCoverage,
  type ReportingPoint,
} from './reportingPoints'
import type { Period, Scorecard } from './scorecardSchema'

export type PointChoice = { id: string; label: string; end: string }

export type ScorecardPoints = {
  cadence: Cadence
  coverage: PointCoverage[]
  /** The scorecard's periods and its points, by id. */
  periods: ReadonlyMap<string, Period>
  /** The point a view opens at (defaultPoint), else the last period. */
  fallback: ReportingPoint | undefined
  choices: PointChoice[]
}

const known = new WeakMap<Scorecard, ScorecardPoints>()

/** The scorecard's points, worked out now unless already known. */
export function scorecardPoints(scorecard: Scorecard): ScorecardPoints {
  return known.get(scorecard) ?? runToEnd(scorecardPointsInSteps(scorecard))
}

/**
 * scorecardPoints in steps (see reportingPointsInSteps), so a loader can work
 * a large scorecard's points out between tasks before any page asks; the
 * result is kept for scorecardPoints.
 */
export function* scorecardPointsInSteps(scorecard: Scorecard): Generator<void, ScorecardPoints, void> {
  const already = known.get(scorecard)
  if (already) return already
  const cadence = reportingCadence(scorecard)
  const coverage = yield* reportingPointsInSteps(scorecard, cadence)
  const points: ScorecardPoints = {
    cadence,
    coverage,
    periods: coverage.reduce<ReadonlyMap<string, Period>>((map, c) => withPoint(map, c.point), indexPeriods(scorecard.periods)),
    fallback: defaultPoint(coverage)?.point ?? scorecard.periods.at(-1),
    choices: coverage.map((c) => ({ id: c.point.id, label: pointChoiceText(c), end: c.point.end })),
  }
  known.set(scorecard, points)
  return points
}

/**
 * The point an id names: a point of the scorecard's cadence, or any period of
 * the scorecard, which means the point holding its end (a year end is the
 * quarter it closes). Undefined for an id that names neither.
 */
export function resolvePoint(scorecard: Scorecard, id: string): ReportingPoint | undefined {
  const own = indexPeriods(scorecard.periods)
  // A period of the scorecard needs only the cadence, known already once the points are.
  if (own.has(id)) return pointOfPeriod(own, id, known.get(scorecard)?.cadence ?? reportingCadence(scorecard))
  const { coverage, cadence } = scorecardPoints(scorecard)
  return pointNamed(coverage, own, id, cadence)
}
