// Column mappings an officer made, kept in this browser by council and by
// the fingerprint of the headings they fit, so next quarter's file in the
// same layout is read the same way without asking. What storage holds is
// checked as strictly as a shared mapping file before it is used, and every
// write says whether it was kept.
import { readMappingFile, type MappingFile } from '../../../domain/spreadsheet/columnMapping'
import { councilKey } from '../../../domain/spreadsheet/namedCouncil'

export const MAPPINGS_STORAGE_KEY = 'scorecard-import-mappings'
/** The newest this many are kept: a council has a few layouts, not hundreds. */
const MAX_MAPPINGS = 50

function readAll(): MappingFile[] {
  let raw: string | null
  try {
    raw = globalThis.localStorage?.getItem(MAPPINGS_STORAGE_KEY) ?? null
  } catch {
    return []
  }
  if (!raw) return []
  try {
    // A "__proto__" key is never written here; refusing it keeps a hand-edited entry from changing any prototype.
    const data = JSON.parse(raw, (key, value: unknown) => {
      if (key === '__proto__') throw new Error('refused')
      return value
    }) as unknown
    if (!Array.isArray(data)) return []
    return data.flatMap((item) => {
      const read = readMappingFile(item)
      return read.ok ? [read.file] : []
    })
  } catch {
    return []
  }
}

const sameKey = (a: MappingFile, council: string, fingerprint: string) =>
  councilKey(a.council) === councilKey(council) && a.fingerprint === fingerprint

/** The mapping saved for a council's headings, if there is one. */
export function findSavedMapping(council: string, fingerprint: string | undefined): MappingFile | undefined {
  if (!fingerprint) return undefined
  return readAll().find((m) => sameKey(m, council, fingerprint))
}

/** Keeps a mapping (replacing one for the same council and headings). Returns an error message when the browser refused. */
export function saveMapping(file: MappingFile): string | undefined {
  const others = readAll().filter((m) => !sameKey(m, file.council, file.fingerprint))
  const all = [file, ...others].slice(0, MAX_MAPPINGS)
  try {
    globalThis.localStorage.setItem(MAPPINGS_STORAGE_KEY, JSON.stringify(all))
    return undefined
  } catch {
    return 'This browser did not keep the mapping (its storage is full or blocked), so it applies to this file only. Export it to keep it.'
  }
}
