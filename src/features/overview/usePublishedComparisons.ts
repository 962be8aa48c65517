// The DfE's published comparison for each indicator that names an official
// measure, at the overview's reporting point: the latest published year by
// the point's date, worded for a committee. Loaded only once `wanted` (the
// "How we compare" section is near the screen), so the first page fetches no
// official data (the bench's budget for the first page is none).
import { useMemo } from 'react'
import type { MeasureComparison } from '../../domain/official/compareMeasure'
import { describePublishedComparison, latestYearBy } from '../../domain/official/describePublishedComparison'
import type { Indicator, Period } from '../../domain/scorecardSchema'
import { useLoadedScorecard } from '../../lib/useLoadedScorecard'
import { usePublishedFigures } from '../../lib/usePublishedFigures'

export type PublishedComparison = { row: MeasureComparison; sentence: string }

export type PublishedAtPoint =
  | { status: 'waiting' | 'off' | 'loading' }
  | { status: 'error'; message: string; retry: () => void }
  | { status: 'no-council'; authority: string }
  | { status: 'ready'; byRef: ReadonlyMap<string, PublishedComparison> }

const NONE: Indicator[] = []

export function usePublishedComparisons(
  wanted: boolean,
  point: Period | undefined,
  periods: ReadonlyMap<string, Period>,
): PublishedAtPoint {
  const { scorecard, indicatorFiles } = useLoadedScorecard()
  const published = usePublishedFigures(wanted ? scorecard.indicators : NONE, scorecard.authority, periods, indicatorFiles)
  return useMemo((): PublishedAtPoint => {
    if (!wanted) return { status: scorecard.indicators.some((i) => i.official) ? 'waiting' : 'off' }
    if (published.status !== 'ready') return published
    const byRef = new Map<string, PublishedComparison>()
    if (point)
      for (const indicator of scorecard.indicators) {
        const found = published.forIndicator(indicator)
        if (!found) continue
        const year = latestYearBy(found.measure.years, point.end)
        if (year < 0) continue
        const row = found.inYear(year)
        byRef.set(indicator.ref, { row, sentence: describePublishedComparison(row, found.link) })
      }
    return { status: 'ready', byRef }
  }, [wanted, published, point, scorecard.indicators])
}
