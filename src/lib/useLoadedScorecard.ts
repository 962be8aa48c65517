import { useMemo } from 'react'
import { useOutletContext, useSearchParams } from 'react-router'
import type { ScorecardInUse } from '../data/localScorecardStore'
import { pointNamed, withPoint, type PointCoverage } from '../domain/reportingPoints'
import { scorecardPoints } from '../domain/scorecardPoints'

/** The scorecard in use, provided by the app layout to every page below it. */
export function useLoadedScorecard(): ScorecardInUse {
  return useOutletContext<ScorecardInUse>()
}

/**
 * The chosen reporting point (src/domain/reportingPoints.ts): ?period= in the
 * URL when it names a point or any period of the scorecard (meaning the point
 * that holds its end), else the latest point most indicators have reached.
 * `periodId` and `period` are the point; `periods` can look it up even when
 * no file lists it; `choices` are the picker's points, each saying how many
 * figures it has.
 */
export function useSelectedPeriod() {
  const { scorecard } = useLoadedScorecard()
  const [params] = useSearchParams()
  // Keyed on the scorecard and the period string, not on the whole query:
  // typing a search changes the query, and a new `periods` map on every
  // keystroke would re-render every memoised table row. The points read every
  // cell, so they are kept beside the scorecard (scorecardPoints.ts) and
  // worked out once for all pages, by the loader in steps for a large one.
  const base = scorecardPoints(scorecard)
  const requested = params.get('period')
  return useMemo(() => {
    const { cadence, coverage, periods, fallback, choices } = base
    const asked = requested === null ? undefined : pointNamed(coverage, periods, requested, cadence)
    const point = asked ?? fallback
    const periodId = point?.id ?? ''
    const index = coverage.findIndex((c) => c.point.id === periodId)
    return {
      periodId,
      period: point,
      periods: point ? withPoint(periods, point) : periods,
      // A point asked for that no entry falls in (an empty Q4 column) is still shown as chosen.
      choices: index < 0 && point ? sortedChoices([...choices, { id: point.id, label: point.label, end: point.end }]) : choices,
      /** How far the chosen point is filled in; undefined for a point no entry falls in. */
      coverage: coverage[index],
      /** At the default point: the later points with a few figures but not most, partly entered, so not where views open. */
      laterPartial: point === fallback ? coverage.slice(index + 1).filter((c) => !c.reached && c.figures > 0) : NO_POINTS,
      /** The ?period= asked for, as written (an indicator page shows that exact period when it has one). */
      requestedId: requested,
      requestedInvalid: requested !== null && asked === undefined,
    }
  }, [base, requested])
}

const NO_POINTS: PointCoverage[] = []

function sortedChoices<C extends { end: string }>(choices: C[]): C[] {
  return choices.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0))
}
