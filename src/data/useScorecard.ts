import { queryOptions, useQuery } from '@tanstack/react-query'
import { manifestUrl } from './dataSource'
import { loadScorecard } from './loadScorecard'

export const scorecardQueryKey = (url: string) => ['scorecard', url] as const

/** The one query every view reads; also used to start loading before the first render. */
export function scorecardQuery(url = manifestUrl()) {
  return queryOptions({
    queryKey: scorecardQueryKey(url),
    queryFn: ({ signal }) => loadScorecard(url, { signal }),
    staleTime: 5 * 60_000,
  })
}

/** The scorecard as server state. On a failed refetch react-query keeps the last good data. */
export function useScorecard() {
  return useQuery(scorecardQuery())
}
