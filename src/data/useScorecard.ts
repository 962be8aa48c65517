import { useQuery } from '@tanstack/react-query'
import { manifestUrl } from './dataSource'
import { loadScorecard } from './loadScorecard'

export const scorecardQueryKey = (url: string) => ['scorecard', url] as const

/** The scorecard as server state. On a failed refetch react-query keeps the last good data. */
export function useScorecard() {
  const url = manifestUrl()
  return useQuery({
    queryKey: scorecardQueryKey(url),
    queryFn: ({ signal }) => loadScorecard(url, { signal }),
    staleTime: 5 * 60_000,
  })
}
