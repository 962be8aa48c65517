// Where the scorecard comes from: a <meta name="scorecard-manifest"> in
// index.html (editable after a build), else VITE_SCORECARD_MANIFEST at build
// time, else the bundled seed data.
export const DEFAULT_MANIFEST_URL = '/data/manifest.json'

export function manifestUrl(): string {
  const meta = globalThis.document?.querySelector<HTMLMetaElement>('meta[name="scorecard-manifest"]')?.content?.trim()
  return meta || import.meta.env.VITE_SCORECARD_MANIFEST || DEFAULT_MANIFEST_URL
}
