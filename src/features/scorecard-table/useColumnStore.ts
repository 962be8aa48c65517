// Which columns are hidden: a personal preference, not shareable, so it lives
// in a zustand store saved to localStorage rather than in the URL.
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { isHideableColumn, type HideableColumn } from './hideableColumns'

export const COLUMN_STORAGE_KEY = 'scorecard-table-columns'

type ColumnState = {
  hidden: HideableColumn[]
  toggle: (id: HideableColumn) => void
  showAll: () => void
}

/** Stored data may be old or hand-edited: keep only column ids this version knows. */
function readHidden(persisted: unknown): HideableColumn[] {
  const hidden = (persisted as { hidden?: unknown } | null)?.hidden
  return Array.isArray(hidden) ? [...new Set(hidden.filter(isHideableColumn))] : []
}

export const useColumnStore = create<ColumnState>()(
  persist(
    (set) => ({
      hidden: [],
      toggle: (id) => set((s) => ({ hidden: s.hidden.includes(id) ? s.hidden.filter((h) => h !== id) : [...s.hidden, id] })),
      showAll: () => set({ hidden: [] }),
    }),
    {
      name: COLUMN_STORAGE_KEY,
      version: 1,
      partialize: (s) => ({ hidden: s.hidden }),
      merge: (persisted, current) => ({ ...current, hidden: readHidden(persisted) }),
    },
  ),
)
