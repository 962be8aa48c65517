// The DfE's published comparison for each indicator that names an official
// measure, at the overview's reporting point: the latest published year by
// the point's date, worded for a committee. Used only by
// PublishedComparisonsLoader, which the overview renders once "How we
// compare" is near the screen, so the first page fetches no official data
// (the bench's budget for the first page is none) and loads none of its code.
import { useMemo } from 'react'
import type { MeasureComparison } from '../../domain/official/compareMeasure'
import {
  describeNotYetPublished,
  describePublishedComparison,
  latestYearBy,
  publishedSummary,
} from '../../domain/official/describePublishedComparison'
import type { Period } from '../../domain/scorecardSchema'
import { useLoadedScorecard } from '../../lib/useLoadedScorecard'
import { usePublishedFigures } from '../../lib/usePublishedFigures'

export type PublishedComparison = { row: MeasureComparison; sentence: string }

export type PublishedAtPoint =
  | { status: 'waiting' | 'off' | 'loading' }
  | { status: 'error'; message: string; retry: () => void }
  | { status: 'no-council'; authority: string }
  | {
      status: 'ready'
      byRef: ReadonlyMap<string, PublishedComparison>
      /** For an indicator that names a DfE measure with nothing published by the point: why, in a sentence. */
      unpublished: ReadonlyMap<string, string>
      summary: string | undefined
    }

export function usePublishedComparisons(point: Period | undefined, periods: ReadonlyMap<string, Period>): PublishedAtPoint {
  const { scorecard, indicatorFiles } = useLoadedScorecard()
  const published = usePublishedFigures(scorecard.indicators, scorecard.authority, periods, indicatorFiles)
  return useMemo((): PublishedAtPoint => {
    if (published.status !== 'ready') return published
    const byRef = new Map<string, PublishedComparison>()
    const unpublished = new Map<string, string>()
    if (point)
      for (const indicator of scorecard.indicators) {
        if (!indicator.official) continue
        const found = published.forIndicator(indicator)
        const year = found ? latestYearBy(found.measure.years, point.end) : -1
        if (!found || year < 0) {
          unpublished.set(indicator.ref, describeNotYetPublished(found?.measure, indicator.official.measure, point.label))
          continue
        }
        const row = found.inYear(year)
        byRef.set(indicator.ref, { row, sentence: describePublishedComparison(row, found.link) })
      }
    return { status: 'ready', byRef, unpublished, summary: publishedSummary([...byRef.values()].map((p) => p.row)) }
  }, [published, point, scorecard.indicators])
}
