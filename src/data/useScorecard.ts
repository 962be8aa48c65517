import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { manifestUrl } from './dataSource'
import { decodeText, fetchDataText } from './fetchDataText'
import { takeGuardBody } from './guardBodies'
import { loadScorecard, SCORECARD_WORDS } from './loadScorecard'
import { parseScorecardBytes, readScorecardFile } from './readScorecardFile'
import { onLocalVersionsChange, readSavedScorecard, type ScorecardInUse } from './localScorecardStore'

export const scorecardQueryKey = (url: string) => ['scorecard', url] as const

/**
 * The one query every view reads; also used to start loading before the
 * first render. A version saved in this browser is the scorecard in use, and
 * then the published files are not fetched; otherwise they are. Writes to the
 * saved versions (the update page's mutations) refetch this query.
 */
export function scorecardQuery(url = manifestUrl()) {
  return queryOptions({
    queryKey: scorecardQueryKey(url),
    queryFn: async ({ signal }): Promise<ScorecardInUse> => {
      const saved = readSavedScorecard()
      if (saved.inUse) return saved.inUse
      // Files the prerender guard has read are taken from it rather than fetched twice (guardBodies.ts).
      const published = await loadScorecard(url, {
        signal,
        read: async (fileUrl) => {
          const bytes = await takeGuardBody(fileUrl, signal)
          return bytes ? decodeText(bytes) : fetchDataText(fileUrl, { signal }, SCORECARD_WORDS)
        },
        readAndParse: async (fileUrl, file) => {
          const bytes = await takeGuardBody(fileUrl, signal)
          return bytes ? parseScorecardBytes(bytes, file) : readScorecardFile(fileUrl, file, { signal })
        },
      })
      // A stored version that was refused is said with the published data's own issues.
      return { ...published, issues: [...saved.problems, ...published.issues], versions: saved.versions }
    },
    staleTime: 5 * 60_000,
  })
}

/**
 * The scorecard as server state. On a failed refetch react-query keeps the
 * last good data. When another tab saves, undoes or discards a version, the
 * query is read again, so this tab shows the version in use there too.
 */
export function useScorecard() {
  const queryClient = useQueryClient()
  useEffect(() => onLocalVersionsChange(() => void queryClient.invalidateQueries({ queryKey: scorecardQuery().queryKey })), [queryClient])
  return useQuery(scorecardQuery())
}
