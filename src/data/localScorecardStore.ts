// Versions of the scorecard made in this browser (imports and saved quarterly
// entries), kept in localStorage so they survive a reload; the versions before
// the one in use are kept too, so "restore previous" can undo. The first entry
// in the history is the published scorecard the app had loaded. Nothing
// leaves the browser.
//
// The scorecard query (useScorecard.ts) reads the version in use from here;
// the update page's mutations write here and then refetch that query. Storage
// can hold anything (an older app, another program on the same site, a hand
// edit), so what is read is checked as strictly as a data file.
import { LEFT_OUT_KINDS, parseScorecard, type DataIssue } from '../domain/parseScorecard'
import { LocalStorageWriteError, onStorageChange, readStorage, writeStorage } from './checkedStorage'
import type { LoadedScorecard } from './loadScorecard'

/** Also read by scripts/vite/prerenderGuard.js (passed to it by src/app/prerender.tsx). */
export const VERSIONS_STORAGE_KEY = 'scorecard-update-versions'
/** Older versions kept for undo; each is a whole scorecard, and localStorage holds about 5 MB. */
export const MAX_HISTORY = 5

export type VersionOrigin = 'published' | 'local'
export type VersionMeta = { savedAt: string; label: string; origin: VersionOrigin }
export type SavedVersion = VersionMeta & { loaded: LoadedScorecard }
export type LocalVersions = { current: SavedVersion | null; history: SavedVersion[] }

/** What the pages show about versions, without whole scorecards. `refused`: storage held a version that could not be used. */
export type VersionsInUse = { current: VersionMeta | null; history: VersionMeta[]; refused: boolean }
/** The scorecard every view shows, and which version it is. */
export type ScorecardInUse = LoadedScorecard & { versions: VersionsInUse }

export const NO_LOCAL_VERSIONS: VersionsInUse = { current: null, history: [], refused: false }

/** Where problems with the stored version are reported, as a data file's are reported by its name. */
export const SAVED_FILE = 'saved in this browser'

const INSTEAD = 'The published scorecard is shown instead; importing a file you exported earlier brings your version back.'

// ---- Reading -------------------------------------------------------------

type Stored = { versions: LocalVersions; problems: DataIssue[] }

const EMPTY: Stored = { versions: { current: null, history: [] }, problems: [] }

class ProtoKeyError extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string')

function isDataIssue(value: unknown): value is DataIssue {
  return (
    isRecord(value) &&
    (value.severity === 'error' || value.severity === 'warning') &&
    typeof value.file === 'string' &&
    typeof value.field === 'string' &&
    typeof value.message === 'string' &&
    (value.ref === undefined || typeof value.ref === 'string') &&
    (value.leftOut === undefined ||
      (isRecord(value.leftOut) &&
        (LEFT_OUT_KINDS as readonly unknown[]).includes(value.leftOut.kind) &&
        typeof value.leftOut.item === 'string'))
  )
}

function isSavedVersion(value: unknown): value is SavedVersion {
  if (!isRecord(value) || !isRecord(value.loaded)) return false
  const { loaded } = value
  return (
    typeof value.savedAt === 'string' &&
    typeof value.label === 'string' &&
    (value.origin === 'published' || value.origin === 'local') &&
    isRecord(loaded.scorecard) &&
    isStringList(loaded.files) &&
    Array.isArray(loaded.issues) &&
    loaded.issues.every(isDataIssue)
  )
}

function refused(message: string, history: SavedVersion[] = []): Stored {
  return {
    versions: { current: null, history },
    problems: [{ severity: 'error', file: SAVED_FILE, field: '(file)', message, leftOut: { kind: 'saved version', item: '(file)' } }],
  }
}

/** Reads what is stored; anything that cannot be used is refused with a reason and counts as no version in use. */
function parseStored(raw: string | null): Stored {
  if (raw === null) return EMPTY
  let data: unknown
  try {
    // A "__proto__" key is never in what this app writes, and merged into an object it would change that object's prototype.
    data = JSON.parse(raw, (key, value: unknown) => {
      if (key === '__proto__') throw new ProtoKeyError()
      return value
    })
  } catch (error) {
    return refused(
      error instanceof ProtoKeyError
        ? `The scorecard saved in this browser holds a "__proto__" key, which this app never writes, so it was not used. ${INSTEAD}`
        : `The scorecard saved in this browser is damaged (not valid JSON), so it was not used. ${INSTEAD}`,
    )
  }
  if (!isRecord(data)) return refused(`What is saved in this browser is not the versions this app keeps, so it was not used. ${INSTEAD}`)
  const history = Array.isArray(data.history) ? data.history.filter(isSavedVersion) : []
  if (data.current === null || data.current === undefined) return { versions: { current: null, history }, problems: [] }
  if (!isSavedVersion(data.current))
    return refused(`The version saved in this browser is not in the form this app keeps, so it was not used. ${INSTEAD}`, history)
  const { current } = data
  const checked = parseScorecard(current.loaded.scorecard, SAVED_FILE)
  if (!checked.scorecard) {
    const first = checked.issues[0]
    const reason = first ? ` (${first.field}: ${first.message})` : ''
    return refused(
      `The version saved in this browser (${current.label}) is not a valid scorecard${reason}, so it was not used. ${INSTEAD}`,
      history,
    )
  }
  return {
    versions: { current: { ...current, loaded: { ...current.loaded, scorecard: checked.scorecard } }, history },
    // Parts of it left out are said, as for a data file; warnings were said when it was first loaded.
    problems: checked.issues.filter((i) => i.severity === 'error'),
  }
}

const readRaw = () => readStorage(VERSIONS_STORAGE_KEY)

/**
 * Versions the browser refused to store (full, or blocked), in use for the
 * rest of this page's life. `basedOn` is what storage held then: when storage
 * changes (another tab, a later write), it is the truth again.
 */
let unkept: { versions: LocalVersions; basedOn: string | null } | null = null

function readStored(): Stored {
  const raw = readRaw()
  if (unkept && unkept.basedOn === raw) return { versions: unkept.versions, problems: [] }
  unkept = null
  return parseStored(raw)
}

export function readLocalVersions(): LocalVersions {
  return readStored().versions
}

const meta = ({ savedAt, label, origin }: VersionMeta): VersionMeta => ({ savedAt, label, origin })
const loadedOf = ({ scorecard, issues, files }: LoadedScorecard): LoadedScorecard => ({ scorecard, issues, files })

/**
 * For the scorecard query: the version in use when one is saved here
 * (`inUse`), else null, with what the pages show about versions and any
 * problem with what was stored (for the published data's issues).
 */
export function readSavedScorecard(): { inUse: ScorecardInUse | null; versions: VersionsInUse; problems: DataIssue[] } {
  const { versions, problems } = readStored()
  const shown: VersionsInUse = {
    current: versions.current ? meta(versions.current) : null,
    history: versions.history.map(meta),
    refused: versions.current === null && problems.length > 0,
  }
  if (!versions.current) return { inUse: null, versions: shown, problems }
  const { loaded } = versions.current
  return { inUse: { ...loaded, issues: [...loaded.issues, ...problems], versions: shown }, versions: shown, problems: [] }
}

/** The version before the one in use, checked like the one in use, for "what changed"; null when there is none or it is damaged. */
export function readPreviousVersion(): (VersionMeta & { scorecard: LoadedScorecard['scorecard'] }) | null {
  const previous = readLocalVersions().history.at(-1)
  if (!previous) return null
  const checked = parseScorecard(previous.loaded.scorecard, SAVED_FILE)
  return checked.scorecard ? { ...meta(previous), scorecard: checked.scorecard } : null
}

// ---- Writing -------------------------------------------------------------

/** Kept, with `droppedHistory` set when the oldest versions had to go to make room. */
export type WriteResult = { droppedHistory: boolean }

/** Writes the versions, dropping the oldest history while the storage is full. Throws LocalStorageWriteError when even that fails. */
function writeLocalVersions(versions: LocalVersions): WriteResult {
  const basedOn = readRaw()
  const wanted = versions.history.slice(-MAX_HISTORY)
  let history = wanted
  for (;;) {
    try {
      writeStorage(VERSIONS_STORAGE_KEY, JSON.stringify({ current: versions.current, history }))
      unkept = null
      return { droppedHistory: history.length < wanted.length }
    } catch (error) {
      if (!(error instanceof LocalStorageWriteError)) throw error
      if (error.failure === 'full' && history.length > 0) {
        history = history.slice(1)
        continue
      }
      unkept = { versions: { current: versions.current, history: wanted }, basedOn }
      throw error
    }
  }
}

/**
 * Puts `next` in use, keeping the one it replaces for undo: the version in use
 * from this browser, or else `inUse`, the published scorecard, loaded at `publishedAt`.
 */
export function saveLocalVersion(
  inUse: LoadedScorecard,
  next: LoadedScorecard,
  label: string,
  now: Date = new Date(),
  publishedAt: Date = now,
): WriteResult {
  const versions = readLocalVersions()
  const replaced: SavedVersion = versions.current ?? {
    savedAt: publishedAt.toISOString(),
    label: 'The published scorecard',
    origin: 'published',
    loaded: loadedOf(inUse),
  }
  const current: SavedVersion = { savedAt: now.toISOString(), label, origin: 'local', loaded: loadedOf(next) }
  return writeLocalVersions({ current, history: [...versions.history, replaced] })
}

/** Undo: puts the version before the current one back (the published one means no local version). Null when there is none. */
export function restorePreviousVersion(): (WriteResult & { restored: VersionMeta }) | null {
  const { history } = readLocalVersions()
  const previous = history.at(-1)
  if (!previous) return null
  const result =
    previous.origin === 'published'
      ? writeLocalVersions({ current: null, history: [] })
      : writeLocalVersions({ current: previous, history: history.slice(0, -1) })
  return { ...result, restored: meta(previous) }
}

/** Forgets every version made in this browser (and anything damaged stored in their place): the published scorecard is in use again. */
export function discardLocalVersions(): WriteResult {
  return writeLocalVersions({ current: null, history: [] })
}

// ---- Other tabs ----------------------------------------------------------

/**
 * The version in use in storage when it is not the one `shownSavedAt` names
 * (the savedAt of the version this page shows, null for the published one):
 * another tab saved, restored or discarded since this page read it. Null when
 * they agree, so a save can ask before it replaces another tab's work.
 */
export function versionChangedSince(shownSavedAt: string | null): { current: VersionMeta | null } | null {
  const { current } = readLocalVersions()
  const stored = current?.savedAt ?? null
  return stored === shownSavedAt ? null : { current: current ? meta(current) : null }
}

/** Calls `onChange` when another tab changes the versions kept here. Returns the unsubscribe. */
export function onLocalVersionsChange(onChange: () => void): () => void {
  return onStorageChange(VERSIONS_STORAGE_KEY, () => onChange())
}
