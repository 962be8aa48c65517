import { useQuery } from '@tanstack/react-query'
import { manifestUrl } from './dataSource'
import { loadScorecard } from './loadScorecard'

/**
 * The scorecard as the site publishes it now: the manifest and files on the
 * host, fetched afresh, whatever version is in use in this browser. The
 * update page compares the version in use with it before publishing.
 */
export function usePublishedScorecard() {
  const url = manifestUrl()
  return useQuery({
    queryKey: ['published-scorecard', url],
    queryFn: ({ signal }) => loadScorecard(url, { signal }),
    staleTime: 0,
    retry: false,
  })
}
