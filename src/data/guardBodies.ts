// The data files the prerender guard (scripts/vite/prerenderGuard.js) started
// reading as the page's HTML arrived, left on the window by address as
// promises of their bytes. The page's first load takes each one, once,
// instead of fetching it again; anything later (a refetch, the update page's
// check of the published files) fetches afresh.

/** The global the guard writes (the build gives it this name: prerenderPages.ts, GUARD_STORAGE_KEYS). */
export const GUARD_BODIES_GLOBAL = '__scorecardGuardBodies'

/**
 * The bytes the guard read for `url` (resolved against the page), handed over
 * once; undefined when it read none, its read failed or `signal` aborted the
 * wait, and then the caller fetches the file itself, which says what went
 * wrong (the guard's read gives up after the same 30 s as the caller's).
 */
export async function takeGuardBody(url: string, signal?: AbortSignal): Promise<ArrayBuffer | undefined> {
  const bodies = (globalThis as Record<string, unknown>)[GUARD_BODIES_GLOBAL]
  if (typeof bodies !== 'object' || bodies === null || globalThis.location === undefined) return undefined
  const href = new URL(url, globalThis.location.href).href
  if (!Object.hasOwn(bodies, href)) return undefined
  const body = (bodies as Record<string, unknown>)[href]
  delete (bodies as Record<string, unknown>)[href]
  try {
    const bytes: unknown = await (signal ? Promise.race([body, aborted(signal)]) : body)
    // Each in a task of its own, as a fetch's answer arrives: bodies read long
    // ago are all here at once, and parsing them one after another in the same
    // task would hold the page up for as long as all of them take.
    await new Promise((resolve) => setTimeout(resolve, 0))
    // By its tag, not instanceof: an ArrayBuffer from another realm (a test's) is one too.
    return Object.prototype.toString.call(bytes) === '[object ArrayBuffer]' ? (bytes as ArrayBuffer) : undefined
  } catch {
    return undefined
  }
}

/** Settles (with nothing) once `signal` aborts. */
function aborted(signal: AbortSignal): Promise<undefined> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve(undefined)
    else signal.addEventListener('abort', () => resolve(undefined), { once: true })
  })
}
