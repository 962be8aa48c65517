// Versions of the scorecard made in this browser (imports and saved quarterly
// entries). The one in use is written into the react-query cache, where every
// view reads the scorecard, and kept in localStorage so it survives a reload;
// the versions before it are kept too, so "restore previous" can undo. The
// first entry in the history is the published scorecard the app loaded.
// Nothing leaves the browser.
import type { QueryClient } from '@tanstack/react-query'
import { create } from 'zustand'
import { manifestUrl } from './dataSource'
import type { LoadedScorecard } from './loadScorecard'
import { scorecardQueryKey } from './useScorecard'
import { parseScorecard } from '../domain/parseScorecard'

export const VERSIONS_STORAGE_KEY = 'scorecard-update-versions'
/** Older versions kept for undo; each is a whole scorecard, and localStorage holds about 5 MB. */
export const MAX_HISTORY = 5

export type VersionOrigin = 'published' | 'local'
export type SavedVersion = { savedAt: string; label: string; origin: VersionOrigin; loaded: LoadedScorecard }
export type LocalVersions = { current: SavedVersion | null; history: SavedVersion[] }
export type VersionMeta = Omit<SavedVersion, 'loaded'>

type MetaState = { current: VersionMeta | null; history: VersionMeta[]; storageProblem: string | null }

const meta = ({ loaded: _loaded, ...rest }: SavedVersion): VersionMeta => rest

/** What the page shows about versions, without holding whole scorecards in React state. */
export const useVersionMeta = create<MetaState>()(() => ({ ...metaOf(readLocalVersions()), storageProblem: null }))

function metaOf(versions: LocalVersions) {
  return { current: versions.current ? meta(versions.current) : null, history: versions.history.map(meta) }
}

/** Re-reads what is stored (another tab, or a test, may have changed it). */
export function refreshVersionMeta() {
  useVersionMeta.setState(metaOf(readLocalVersions()))
}

const scorecardKey = () => scorecardQueryKey(manifestUrl())

function isSavedVersion(value: unknown): value is SavedVersion {
  const v = value as SavedVersion | null
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.savedAt === 'string' &&
    typeof v.label === 'string' &&
    (v.origin === 'published' || v.origin === 'local') &&
    typeof v.loaded === 'object' &&
    v.loaded !== null &&
    Array.isArray(v.loaded.files) &&
    Array.isArray(v.loaded.issues)
  )
}

/** Stored data may be old, damaged or hand-edited: anything unreadable counts as nothing stored. */
export function readLocalVersions(): LocalVersions {
  try {
    const raw = globalThis.localStorage?.getItem(VERSIONS_STORAGE_KEY)
    if (!raw) return { current: null, history: [] }
    const data = JSON.parse(raw) as { current?: unknown; history?: unknown }
    return {
      current: isSavedVersion(data.current) ? data.current : null,
      history: Array.isArray(data.history) ? data.history.filter(isSavedVersion) : [],
    }
  } catch {
    return { current: null, history: [] }
  }
}

/** Writes the versions, dropping the oldest history when the browser's storage is full. */
function writeLocalVersions(versions: LocalVersions): string | null {
  let history = versions.history.slice(-MAX_HISTORY)
  for (;;) {
    try {
      globalThis.localStorage.setItem(VERSIONS_STORAGE_KEY, JSON.stringify({ current: versions.current, history }))
      useVersionMeta.setState({
        ...metaOf({ current: versions.current, history }),
        storageProblem:
          history.length < versions.history.length ? 'The browser’s storage is full, so the oldest versions were dropped.' : null,
      })
      return null
    } catch {
      if (history.length === 0) {
        const problem =
          'This scorecard is too large to keep in this browser’s storage: it is in use now, but a reload will go back to the last version that was kept.'
        useVersionMeta.setState({ storageProblem: problem })
        return problem
      }
      history = history.slice(1)
    }
  }
}

// The scorecards this module put in the cache, so a restore can tell its own from a fresh server load.
const placed = new WeakMap<object, string>()

function place(queryClient: QueryClient, loaded: LoadedScorecard, savedAt: string) {
  placed.set(loaded, savedAt)
  queryClient.setQueryData(scorecardKey(), loaded)
}

export type ApplyResult = { storageProblem: string | null }

/** Puts a new scorecard in use, keeping the one it replaces for undo. */
export function applyLocalScorecard(queryClient: QueryClient, loaded: LoadedScorecard, label: string, now: Date = new Date()): ApplyResult {
  const key = scorecardKey()
  const inUse = queryClient.getQueryData<LoadedScorecard>(key)
  const versions = readLocalVersions()
  const replaced: SavedVersion | null =
    versions.current ??
    (inUse
      ? {
          savedAt: new Date(queryClient.getQueryState(key)?.dataUpdatedAt || now.getTime()).toISOString(),
          label: 'The published scorecard',
          origin: 'published',
          loaded: inUse,
        }
      : null)
  const current: SavedVersion = { savedAt: now.toISOString(), label, origin: 'local', loaded }
  const storageProblem = writeLocalVersions({ current, history: replaced ? [...versions.history, replaced] : versions.history })
  place(queryClient, loaded, current.savedAt)
  return { storageProblem }
}

/** Undo: puts the version before the current one back. Returns its label, or null when there is none. */
export function restorePreviousScorecard(queryClient: QueryClient): string | null {
  const versions = readLocalVersions()
  const previous = versions.history.at(-1)
  if (!previous) return null
  if (previous.origin === 'published') {
    writeLocalVersions({ current: null, history: [] })
    place(queryClient, previous.loaded, previous.savedAt)
    // Then fetch the published files again, in case they changed meanwhile.
    void queryClient.invalidateQueries({ queryKey: scorecardKey() })
  } else {
    writeLocalVersions({ current: previous, history: versions.history.slice(0, -1) })
    place(queryClient, previous.loaded, previous.savedAt)
  }
  return previous.label
}

/** Forgets every version made in this browser and goes back to the published scorecard. */
export function discardLocalScorecards(queryClient: QueryClient) {
  const published = readLocalVersions().history.find((v) => v.origin === 'published')
  writeLocalVersions({ current: null, history: [] })
  if (published) place(queryClient, published.loaded, published.savedAt)
  void queryClient.invalidateQueries({ queryKey: scorecardKey() })
}

/**
 * On start: if a version made in this browser is in use, put it in the cache
 * (checked again by the parser, as stored data may be damaged). Returns true
 * when it did. Safe to call more than once.
 */
export function restoreLocalScorecard(queryClient: QueryClient): boolean {
  const { current } = readLocalVersions()
  if (!current) return false
  const cached = queryClient.getQueryData<LoadedScorecard>(scorecardKey())
  if (cached && placed.get(cached) === current.savedAt) return false
  const checked = parseScorecard(current.loaded.scorecard, 'saved in this browser')
  if (!checked.scorecard) {
    writeLocalVersions({ current: null, history: readLocalVersions().history })
    return false
  }
  place(queryClient, { ...current.loaded, scorecard: checked.scorecard }, current.savedAt)
  return true
}

/**
 * Keeps the local version in use when the published files are fetched again
 * (a retry, a refetch after the cache went stale). Returns the unsubscribe.
 */
export function keepLocalScorecard(queryClient: QueryClient): () => void {
  const key = JSON.stringify(scorecardKey())
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success' || event.action.manual) return
    if (JSON.stringify(event.query.queryKey) !== key) return
    restoreLocalScorecard(queryClient)
  })
}
