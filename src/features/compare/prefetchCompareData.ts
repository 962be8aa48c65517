// The official files a comparison view opened by its address will ask for,
// fetched at once beside the scorecard and the view's code (startApp.tsx)
// rather than after the view's first render: the same queries the views use
// (useOfficialData.ts), so each file is still fetched once.
import type { QueryClient } from '@tanstack/react-query'
import { matchPath } from 'react-router'
import { officialQueries } from '../../data/useOfficialData'
import { measureFileStem } from '../../domain/official/officialDataset'
import { paths } from '../../lib/paths'
import { readModel } from './useChosenCouncil'

export function prefetchCompareData(queryClient: QueryClient, { pathname, search }: { pathname: string; search: string }) {
  const params = new URLSearchParams(search)
  const measure = matchPath(paths.compareMeasure.path, pathname)?.params.measure
  if (measure === undefined && !matchPath(paths.compare.path, pathname)) return
  void queryClient.prefetchQuery(officialQueries.index())
  if (measure !== undefined) {
    void queryClient.prefetchQuery(officialQueries.neighbours())
    void queryClient.prefetchQuery(officialQueries.measure(measureFileStem(measure)))
    return
  }
  void queryClient.prefetchQuery(officialQueries.measures())
  void queryClient.prefetchQuery(officialQueries.latest())
  const council = Number(params.get('la'))
  if (!Number.isInteger(council) || council <= 0) return
  void queryClient.prefetchQuery(officialQueries.council(council))
  if (readModel(params) === '2021') void queryClient.prefetchQuery(officialQueries.extraNeighbours(council))
}
