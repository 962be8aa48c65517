// The writes to the versions kept in this browser, as react-query mutations:
// each writes storage (src/data/localScorecardStore.ts) and then refetches
// the scorecard query, whose function reads the version in use from there,
// so every view shows the result. The refetch runs when a write fails too:
// the browser then holds the new version on this page only, and the
// mutation's error (shown where the officer acted) says so.
//
// Another tab may have saved, undone or discarded since this page read the
// versions. Each write first checks, and refuses with a VersionConflictError
// rather than replace that tab's work unasked; its refetch then shows the
// other tab's version, and the officer's draft or file is still there to
// apply to it.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { LoadedScorecard } from '../../../data/loadScorecard'
import {
  discardLocalVersions,
  restorePreviousVersion,
  saveLocalVersion,
  versionChangedSince,
  type VersionMeta,
} from '../../../data/localScorecardStore'
import { scorecardQuery } from '../../../data/useScorecard'

export type SaveVersion = {
  /** The scorecard in use now: kept for undo when it is the published one. */
  inUse: LoadedScorecard
  next: LoadedScorecard
  label: string
}

/** Another tab changed the versions after this page read them; nothing was written. */
export class VersionConflictError extends Error {
  /** The version now in use there (null: the published scorecard). */
  readonly current: VersionMeta | null
  constructor(current: VersionMeta | null) {
    super('Another tab changed the scorecard kept in this browser.')
    this.name = 'VersionConflictError'
    this.current = current
  }
}

const refetchScorecard = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: scorecardQuery().queryKey })

/** Throws VersionConflictError when storage's version in use is not the one this page shows. */
function refuseIfChangedElsewhere(queryClient: QueryClient) {
  const shown = queryClient.getQueryData(scorecardQuery().queryKey)?.versions.current?.savedAt ?? null
  const changed = versionChangedSince(shown)
  if (changed) throw new VersionConflictError(changed.current)
}

/** Puts a new version in use (an import, a saved quarter). */
export function useSaveVersion() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ inUse, next, label }: SaveVersion) => {
      refuseIfChangedElsewhere(queryClient)
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
    mutationFn: async () => {
      refuseIfChangedElsewhere(queryClient)
      return restorePreviousVersion()
    },
    onSettled: () => refetchScorecard(queryClient),
  })
}

/** Back to the published scorecard, forgetting the versions made in this browser. */
export function useDiscardLocalVersions() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      refuseIfChangedElsewhere(queryClient)
      return discardLocalVersions()
    },
    onSettled: () => refetchScorecard(queryClient),
  })
}
