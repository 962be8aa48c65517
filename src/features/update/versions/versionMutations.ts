// The writes to the versions kept in this browser, as react-query mutations:
// each writes storage (src/data/localScorecardStore.ts) and then refetches
// the scorecard query, whose function reads the version in use from there,
// so every view shows the result. The refetch runs when a write fails too:
// the browser then holds the new version on this page only, and the
// mutation's error (shown where the officer acted) says so.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { LoadedScorecard } from '../../../data/loadScorecard'
import { discardLocalVersions, restorePreviousVersion, saveLocalVersion } from '../../../data/localScorecardStore'
import { scorecardQuery } from '../../../data/useScorecard'

export type SaveVersion = {
  /** The scorecard in use now: kept for undo when it is the published one. */
  inUse: LoadedScorecard
  next: LoadedScorecard
  label: string
}

const refetchScorecard = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: scorecardQuery().queryKey })

/** Puts a new version in use (an import, a saved quarter). */
export function useSaveVersion() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ inUse, next, label }: SaveVersion) => {
      const loadedAt = queryClient.getQueryState(scorecardQuery().queryKey)?.dataUpdatedAt
      const now = new Date()
      return saveLocalVersion(inUse, next, label, now, loadedAt ? new Date(loadedAt) : now)
    },
    onSettled: () => refetchScorecard(queryClient),
  })
}

/** Undo: the version before the one in use. Resolves to null when there is none. */
export function useRestorePreviousVersion() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => restorePreviousVersion(),
    onSettled: () => refetchScorecard(queryClient),
  })
}

/** Back to the published scorecard, forgetting the versions made in this browser. */
export function useDiscardLocalVersions() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => discardLocalVersions(),
    onSettled: () => refetchScorecard(queryClient),
  })
}
