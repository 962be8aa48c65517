// Where the official comparison data (public/official/) is served from, as
// the scorecard manifest's address is chosen (dataSource.ts): a
// <meta name="official-data"> in index.html (editable after a build), else
// VITE_OFFICIAL_DATA at build time, else /official/ beside the app. Its own
// module, so the first page's code does not carry it.
export const DEFAULT_OFFICIAL_BASE = '/official/'

export function officialBaseUrl(): string {
  const meta = globalThis.document?.querySelector<HTMLMetaElement>('meta[name="official-data"]')?.content?.trim()
  const base = meta || import.meta.env.VITE_OFFICIAL_DATA || DEFAULT_OFFICIAL_BASE
  return base.endsWith('/') ? base : `${base}/`
}

/** A file's address: `path` is relative to the folder ("la/895.json"). */
export function officialUrl(path: string, base = officialBaseUrl()): string {
  return new URL(path, new URL(base, globalThis.location?.href ?? 'http://localhost/')).href
}
