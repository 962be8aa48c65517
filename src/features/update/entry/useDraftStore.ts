// The quarterly entries being typed, saved to localStorage on every change
// (zustand persist writes synchronously), so a reload, a closed tab or a crash
// mid-edit loses nothing. Kept per quarter; nothing reaches the scorecard
// until the officer saves.
//
// Every write is checked (src/data/checkedStorage.ts): a write the browser
// refuses or does not keep is reported in useDraftStorage, at once, and never
// thrown at the keystroke that made it. Refs and period ids come from data and
// from storage, so entries are Maps, never plain-object keys: a ref such as
// "__proto__" or "constructor" is just a ref. Another tab's change to the
// draft is taken in as it happens (useDraftSync), so two tabs never overwrite
// each other's typing.
import { useEffect } from 'react'
import { create } from 'zustand'
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware'
import {
  LocalStorageWriteError,
  onStorageChange,
  readStorage,
  removeFromStorage,
  writeStorage,
  type StorageFailure,
} from '../../../data/checkedStorage'
import { isEntryMode, type DraftEntry } from './draftEntry'

export const DRAFT_STORAGE_KEY = 'scorecard-update-draft'
const VERSION = 1

/** One quarter's entries, by indicator ref. */
export type DraftEntries = ReadonlyMap<string, DraftEntry>
/** Entries by quarter (period id). */
export type Drafts = ReadonlyMap<string, DraftEntries>

type Kept = { periodId: string | null; drafts: Drafts; updatedAt: string | null }

type DraftState = Kept & {
  /** The quarter chosen for entry, or null for the default (the next quarter). */
  periodId: string | null
  choosePeriod: (periodId: string) => void
  setEntry: (periodId: string, ref: string, entry: DraftEntry) => void
  clearPeriod: (periodId: string) => void
}

/** Whether the draft is in storage: the last write's outcome, and when another tab last changed it. */
export type DraftStorage = {
  /** Set while the draft on screen is not what storage holds. */
  failure: StorageFailure | null
  /** When the draft on screen was last kept (null: not written on this page yet). */
  keptAt: string | null
  /** When another tab's change to the draft was last taken in. */
  changedElsewhereAt: string | null
}

/** Not persisted: what storage did with the draft. A store of its own, so reporting a failed write is not another write. */
export const useDraftStorage = create<DraftStorage>()(() => ({ failure: null, keptAt: null, changedElsewhereAt: null }))

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Stored data may be old, from another tab, or hand-edited: it is checked as
 * strictly as a data file, keeping only well-formed entries. Keys are read
 * with Object.entries into Maps, so no key ("__proto__" included) reaches a prototype.
 */
export function readDrafts(persisted: unknown): Kept {
  const p = isRecord(persisted) ? persisted : {}
  const drafts = new Map<string, DraftEntries>()
  if (isRecord(p.drafts)) {
    for (const [periodId, entries] of Object.entries(p.drafts)) {
      if (!isRecord(entries)) continue
      const kept = new Map<string, DraftEntry>()
      for (const [ref, e] of Object.entries(entries)) {
        if (isRecord(e) && isEntryMode(e.mode) && typeof e.figure === 'string' && typeof e.commentary === 'string') {
          kept.set(ref, { mode: e.mode, figure: e.figure, commentary: e.commentary })
        }
      }
      if (kept.size > 0) drafts.set(periodId, kept)
    }
  }
  return {
    periodId: typeof p.periodId === 'string' ? p.periodId : null,
    drafts,
    updatedAt: typeof p.updatedAt === 'string' ? p.updatedAt : null,
  }
}

/** The stored form, as it always was: quarters and refs as object keys (Object.fromEntries defines them as own keys, "__proto__" too). */
function draftsJson(drafts: Drafts) {
  return Object.fromEntries([...drafts].map(([periodId, entries]) => [periodId, Object.fromEntries(entries)]))
}

function reportWrite(error: unknown) {
  if (error === null) useDraftStorage.setState({ failure: null, keptAt: new Date().toISOString() })
  else useDraftStorage.setState({ failure: error instanceof LocalStorageWriteError ? error.failure : 'failed' })
}

/** The draft stored as `text`, checked; null when there is none, or it is not a draft at all (damaged, or another program's). */
function parseStoredDraft(text: string | null): Kept | null {
  if (text === null) return null
  try {
    const data: unknown = JSON.parse(text)
    if (!isRecord(data) || !isRecord(data.state) || !isRecord(data.state.drafts)) return null
    return readDrafts(data.state)
  } catch {
    return null
  }
}

const draftStorage: PersistStorage<Kept> = {
  // Checked here, so the version is always this one's: an old or odd one is read as well as it can be.
  getItem: (name): StorageValue<Kept> | null => {
    const state = parseStoredDraft(readStorage(name))
    return state ? { state, version: VERSION } : null
  },
  setItem: (name, { state, version }) => {
    try {
      writeStorage(name, JSON.stringify({ state: { ...state, drafts: draftsJson(state.drafts) }, version }))
      reportWrite(null)
    } catch (error) {
      reportWrite(error)
    }
  },
  removeItem: (name) => {
    try {
      removeFromStorage(name)
    } catch (error) {
      reportWrite(error)
    }
  },
}

export const useDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      periodId: null,
      drafts: new Map(),
      updatedAt: null,
      choosePeriod: (periodId) => set({ periodId }),
      setEntry: (periodId, ref, entry) =>
        set((s) => {
          const drafts = new Map(s.drafts)
          drafts.set(periodId, new Map(s.drafts.get(periodId)).set(ref, entry))
          return { drafts, updatedAt: new Date().toISOString() }
        }),
      clearPeriod: (periodId) =>
        set((s) => {
          const drafts = new Map(s.drafts)
          drafts.delete(periodId)
          return { drafts, updatedAt: new Date().toISOString() }
        }),
    }),
    {
      name: DRAFT_STORAGE_KEY,
      version: VERSION,
      storage: draftStorage,
      // What storage gives has been checked by draftStorage.getItem (readDrafts).
      partialize: (s): Kept => ({ periodId: s.periodId, drafts: s.drafts, updatedAt: s.updatedAt }),
    },
  ),
)

/**
 * Takes in another tab's change to the draft as it happens: its entries
 * replace this tab's, which were the same until that tab typed (each tab
 * writes on every change). While this tab's own writes are failing, its
 * draft is the only copy and is kept; the failure notice says so. When the
 * draft was removed, or replaced by something that is not a draft, this
 * tab's draft is written back, so nothing is lost.
 */
export function useDraftSync() {
  useEffect(() => {
    const stop = onStorageChange(DRAFT_STORAGE_KEY, (text) => {
      if (useDraftStorage.getState().failure) return
      if (parseStoredDraft(text)) {
        void useDraftStore.persist.rehydrate()
        useDraftStorage.setState({ changedElsewhereAt: new Date().toISOString() })
      } else useDraftStore.setState({}) // a write of this tab's state
    })
    // The store read storage when its module loaded; another tab's write between then and now was not heard.
    if (!useDraftStorage.getState().failure && parseStoredDraft(readStorage(DRAFT_STORAGE_KEY))) void useDraftStore.persist.rehydrate()
    return stop
  }, [])
}
