// What the council's website needs to show a scorecard: the manifest and one
// data file, laid out as the built site's data/ folder (docs/hosting.md), so
// whoever looks after the site replaces that folder and nothing else.
import type { Scorecard } from '../../../domain/scorecardSchema'
import { slugify } from '../../../lib/fileNames'
import { serialiseScorecardJson } from '../../../lib/spreadsheet/serialiseScorecardJson'

export type SiteFile = { path: string; text: string }

export const SITE_DATA_FOLDER = 'data'

/** "leeds-scorecard.json": the one data file, named after the council. */
export function siteDataFileName(scorecard: Scorecard): string {
  return `${slugify(scorecard.authority) || 'council'}-scorecard.json`
}

/** The manifest and the scorecard in use, merged into one file, as the site serves them. */
export function siteDataFiles(scorecard: Scorecard): SiteFile[] {
  const name = siteDataFileName(scorecard)
  return [
    { path: `${SITE_DATA_FOLDER}/manifest.json`, text: `${JSON.stringify({ files: [name] }, null, 2)}\n` },
    { path: `${SITE_DATA_FOLDER}/${name}`, text: serialiseScorecardJson(scorecard) },
  ]
}

/** "leeds-site-data-2019-01-22.zip". */
export function siteZipName(scorecard: Scorecard, today: string): string {
  return `${slugify(scorecard.authority) || 'council'}-site-data-${today}.zip`
}

/** The files as one zip (fflate, loaded only when an officer asks for it). */
export async function zipSiteFiles(files: readonly SiteFile[]): Promise<Uint8Array> {
  const { zipSync, strToU8 } = await import('fflate')
  return zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.text)])), { level: 6 })
}
