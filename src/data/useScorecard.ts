import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { manifestUrl } from './dataSource'
import { decodeText, fetchDataText } from './fetchDataText'
import { takeGuardBody } from './guardBodies'
import { loadScorecard, SCORECARD_WORDS } from './loadScorecard'
import { parseScorecardBytes, readScorecardFile } from './readScorecardFile'
import { onLocalVersionsChange, readSavedScorecard, type ScorecardInUse } from './localScorecardStore'
import { runInSlices } from './runInSlices'
import { scorecardPointsInSteps } from '../domain/scorecardPoints'

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
      const inUse = saved.inUse ?? (await readPublished(url, signal, saved))
      // Every page needs the scorecard's reporting points, and at 10,000
      // indicators counting them is a long task: worked out here, in slices,
      // before any page renders, and kept beside the scorecard.
      await runInSlices(scorecardPointsInSteps(inUse.scorecard), signal)
      return inUse
    },
    staleTime: 5 * 60_000,
  })
}

/** The published files, when no version saved in this browser is in use. */
async function readPublished(url: string, signal: AbortSignal, saved: ReturnType<typeof readSavedScorecard>): Promise<ScorecardInUse> {
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
