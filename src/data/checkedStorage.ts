// The browser's storage (localStorage), written with a check. A write either
// lands, read back exactly as written, or fails with the reason, so nothing
// is ever said to be kept that a reload would lose: a full or blocked storage
// throws, and a write the browser accepted but did not keep (a storage shim,
// another program clearing the site's data) is caught by reading it back.
// Reading never throws: blocked storage reads as empty.

/** Why the browser would not keep something: storage is full, blocked (settings, some private windows), did not keep it, or another failure. */
export type StorageFailure = 'full' | 'blocked' | 'not-kept' | 'failed'

// A DOMException is not always an instance of this realm's Error (jsdom, frames): read its name.
const nameOf = (error: unknown) => (typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '')
const messageOf = (error: unknown) =>
  typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error)

function failureOf(error: unknown): StorageFailure {
  const name = nameOf(error)
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'full'
  if (name === 'SecurityError') return 'blocked'
  return 'failed'
}

/** The write did not reach storage, and why. */
export class LocalStorageWriteError extends Error {
  readonly failure: StorageFailure
  constructor(failure: StorageFailure, cause?: unknown) {
    super(cause === undefined ? 'The browser did not keep what was written.' : `${nameOf(cause) || 'Error'}: ${messageOf(cause)}`, {
      cause,
    })
    this.name = 'LocalStorageWriteError'
    this.failure = failure
  }
}

/** What storage holds under `key`, or null (nothing, or storage blocked). */
export function readStorage(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null
  } catch {
    return null // storage blocked: nothing can be stored either, and a write says so
  }
}

/** Writes `text` under `key` and reads it back. Throws LocalStorageWriteError when it is not kept. */
export function writeStorage(key: string, text: string): void {
  let kept: string | null
  try {
    const storage = globalThis.localStorage
    storage.setItem(key, text)
    kept = storage.getItem(key)
  } catch (error) {
    throw new LocalStorageWriteError(failureOf(error), error)
  }
  if (kept !== text) throw new LocalStorageWriteError('not-kept')
}

/** Removes `key`, and checks it is gone. Throws LocalStorageWriteError when it is not. */
export function removeFromStorage(key: string): void {
  try {
    const storage = globalThis.localStorage
    storage.removeItem(key)
    if (storage.getItem(key) === null) return
  } catch (error) {
    throw new LocalStorageWriteError(failureOf(error), error)
  }
  throw new LocalStorageWriteError('not-kept')
}

/**
 * Calls `onChange` when another tab (or window) of this site changes `key`,
 * with the new text (null when removed or when all storage was cleared).
 * Returns the unsubscribe. The browser sends storage events only to the
 * other documents of the site, never to the one that wrote.
 */
export function onStorageChange(key: string, onChange: (text: string | null) => void): () => void {
  const target = globalThis.window
  if (!target) return () => {}
  const listener = (event: StorageEvent) => {
    if (event.key === key || event.key === null) onChange(event.key === null ? null : event.newValue)
  }
  target.addEventListener('storage', listener)
  return () => target.removeEventListener('storage', listener)
}
