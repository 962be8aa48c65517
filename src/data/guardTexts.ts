// The data files the prerender guard (scripts/vite/prerenderGuard.js) read a
// moment ago to check the prerendered page, left on the window by address.
// The page's first load takes each one, once, instead of fetching it again;
// anything later (a refetch, the update page's check of the published files)
// fetches afresh.

/** The global the guard writes (the build gives it this name: prerenderPages.ts, GUARD_STORAGE_KEYS). */
export const GUARD_TEXTS_GLOBAL = '__scorecardGuardTexts'

/** The text the guard read for `url` (resolved against the page), handed over once; undefined when it read none. */
export function takeGuardText(url: string): string | undefined {
  const texts = (globalThis as Record<string, unknown>)[GUARD_TEXTS_GLOBAL]
  if (typeof texts !== 'object' || texts === null || globalThis.location === undefined) return undefined
  const href = new URL(url, globalThis.location.href).href
  if (!Object.hasOwn(texts, href)) return undefined
  const text = (texts as Record<string, unknown>)[href]
  delete (texts as Record<string, unknown>)[href]
  return typeof text === 'string' ? text : undefined
}
