// For the app layout: call at the top of AppLayout, before useScorecard(), so a
// scorecard imported or edited in this browser is in use from the first
// render (and the published files are not fetched over it).
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { keepLocalScorecard, restoreLocalScorecard } from '../../data/localScorecardStore'

export function useRestoreLocalScorecard() {
  const queryClient = useQueryClient()
  // A state initialiser runs once, during the first render, before the layout's query starts.
  useState(() => restoreLocalScorecard(queryClient))
  useEffect(() => keepLocalScorecard(queryClient), [queryClient])
}

/** For pages below the layout: the same, after render (a fallback when the layout does not call it). */
export function useKeepLocalScorecard() {
  const queryClient = useQueryClient()
  useEffect(() => {
    restoreLocalScorecard(queryClient)
    return keepLocalScorecard(queryClient)
  }, [queryClient])
}
