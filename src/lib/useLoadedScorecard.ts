import { useMemo } from 'react'
import { useOutletContext, useSearchParams } from 'react-router'
import type { ScorecardInUse } from '../data/localScorecardStore'
import { indexPeriods } from '../domain/periods'
import { latestPeriodWithData, periodsWithEntries } from '../domain/periodsWithData'

/** The scorecard in use, provided by the app layout to every page below it. */
export function useLoadedScorecard(): ScorecardInUse {
  return useOutletContext<ScorecardInUse>()
}

/** The chosen period: ?period= in the URL when valid, else the latest period with data. */
export function useSelectedPeriod() {
  const { scorecard } = useLoadedScorecard()
  const [params] = useSearchParams()
  // Keyed on the scorecard and the period string, not on the whole query:
  // typing a search changes the query, and a new `periods` map on every
  // keystroke would re-render every memoised table row.
  // `choices` (the periods with an entry, for a period picker) reads every cell, so it is worked out once too.
  const { periods, fallback, choices } = useMemo(
    () => ({
      periods: indexPeriods(scorecard.periods),
      fallback: latestPeriodWithData(scorecard)?.id ?? scorecard.periods.at(-1)?.id ?? '',
      choices: periodsWithEntries(scorecard),
    }),
    [scorecard],
  )
  const requested = params.get('period')
  return useMemo(() => {
    const periodId = requested && periods.has(requested) ? requested : fallback
    return { periodId, period: periods.get(periodId), periods, choices, requestedInvalid: requested !== null && !periods.has(requested) }
  }, [periods, fallback, choices, requested])
}
