// The quarter being entered and its draft, shared by the entry form, the
// "what changed" view and the export (which warns about unsaved entries).
import { useMemo } from 'react'
import type { Scorecard } from '../../../domain/scorecardSchema'
import { applyDraft } from './applyDraft'
import { entryPeriodOptions } from './entryPeriods'
import { useDraftStore, type DraftEntries } from './useDraftStore'

const NO_ENTRIES: DraftEntries = new Map()

export function useEntryDraft(scorecard: Scorecard) {
  const options = useMemo(() => entryPeriodOptions(scorecard), [scorecard])
  const chosen = useDraftStore((s) => s.periodId)
  const period = options.find((p) => p.id === chosen) ?? options[0]
  const entries = useDraftStore((s) => (period ? s.drafts.get(period.id) : undefined)) ?? NO_ENTRIES
  const updatedAt = useDraftStore((s) => s.updatedAt)
  const applied = useMemo(() => (period ? applyDraft(scorecard, period, entries) : null), [scorecard, period, entries])
  return { options, period, entries, updatedAt, applied }
}
