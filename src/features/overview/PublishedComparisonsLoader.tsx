// Loads and words the DfE's published comparisons for the overview, and
// hands them up. A component of its own, loaded lazily by OverviewPage once
// "How we compare" nears the screen, so the official data's code (its
// loaders and rules) stays off the first page as its data does.
import { useEffect } from 'react'
import type { Period } from '../../domain/scorecardSchema'
import { usePublishedComparisons, type PublishedAtPoint } from './usePublishedComparisons'

type Props = {
  point: Period | undefined
  periods: ReadonlyMap<string, Period>
  onResult: (published: PublishedAtPoint) => void
}

export default function PublishedComparisonsLoader({ point, periods, onResult }: Props) {
  const published = usePublishedComparisons(point, periods)
  useEffect(() => onResult(published), [published, onResult])
  return null
}
