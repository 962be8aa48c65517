// The quarterly entries being typed, saved to localStorage on every change
// (zustand persist writes synchronously), so a reload, a closed tab or a crash
// mid-edit loses nothing. Kept per quarter; nothing reaches the scorecard
// until the officer saves.
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { isEntryMode, type DraftEntry } from './draftEntry'

export const DRAFT_STORAGE_KEY = 'scorecard-update-draft'

type Drafts = Record<string, Record<string, DraftEntry>>

type DraftState = {
  /** The quarter chosen for entry, or null for the default (the next quarter). */
  periodId: string | null
  /** Entries by quarter, then by indicator ref. */
  drafts: Drafts
  updatedAt: string | null
  choosePeriod: (periodId: string) => void
  setEntry: (periodId: string, ref: string, entry: DraftEntry) => void
  clearPeriod: (periodId: string) => void
}

/** Stored data may be old or hand-edited: keep only well-formed entries. */
function readDrafts(persisted: unknown): Pick<DraftState, 'periodId' | 'drafts' | 'updatedAt'> {
  const p = (persisted ?? {}) as Partial<Record<keyof DraftState, unknown>>
  const drafts: Drafts = {}
  if (p.drafts && typeof p.drafts === 'object') {
    for (const [periodId, entries] of Object.entries(p.drafts as Record<string, unknown>)) {
      if (!entries || typeof entries !== 'object') continue
      for (const [ref, e] of Object.entries(entries as Record<string, unknown>)) {
        const entry = e as Partial<DraftEntry> | null
        if (entry && isEntryMode(entry.mode) && typeof entry.figure === 'string' && typeof entry.commentary === 'string') {
          ;(drafts[periodId] ??= {})[ref] = { mode: entry.mode, figure: entry.figure, commentary: entry.commentary }
        }
      }
    }
  }
  return {
    periodId: typeof p.periodId === 'string' ? p.periodId : null,
    drafts,
    updatedAt: typeof p.updatedAt === 'string' ? p.updatedAt : null,
  }
}

export const useDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      periodId: null,
      drafts: {},
      updatedAt: null,
      choosePeriod: (periodId) => set({ periodId }),
      setEntry: (periodId, ref, entry) =>
        set((s) => ({ drafts: { ...s.drafts, [periodId]: { ...s.drafts[periodId], [ref]: entry } }, updatedAt: new Date().toISOString() })),
      clearPeriod: (periodId) =>
        set((s) => {
          const { [periodId]: _cleared, ...rest } = s.drafts
          return { drafts: rest, updatedAt: new Date().toISOString() }
        }),
    }),
    {
      name: DRAFT_STORAGE_KEY,
      version: 1,
      partialize: (s) => ({ periodId: s.periodId, drafts: s.drafts, updatedAt: s.updatedAt }),
      merge: (persisted, current) => ({ ...current, ...readDrafts(persisted) }),
    },
  ),
)
