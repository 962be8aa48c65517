// The publishing export: the zip holds the site's data folder, and those files
// load as the site would load them, giving back the scorecard in use.
import { strFromU8, unzipSync } from 'fflate'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { loadScorecard } from '../../../../src/data/loadScorecard'
import { changesReportCsv } from '../../../../src/features/update/publish/changesReport'
import { siteDataFiles, siteZipName, zipSiteFiles } from '../../../../src/features/update/publish/siteDataFiles'
import { loadSeedScorecard } from '../../../support/seedFiles'

const scorecard = loadSeedScorecard()

describe('the site’s data, for publishing', () => {
  it('is a data/ folder with a manifest that lists the one scorecard file', () => {
    const files = siteDataFiles(scorecard)
    expect(files.map((f) => f.path)).toEqual(['data/manifest.json', 'data/cheshire-east-council-scorecard.json'])
    expect(JSON.parse(files[0]!.text)).toEqual({ files: ['cheshire-east-council-scorecard.json'] })
    expect(siteZipName(scorecard, '2019-01-22')).toBe('cheshire-east-council-site-data-2019-01-22.zip')
  })

  it('zipped, unzipped and served, loads with no issues as the scorecard in use, committee and all', async () => {
    const zip = await zipSiteFiles(siteDataFiles(scorecard))
    const unzipped = Object.fromEntries(Object.entries(unzipSync(zip)).map(([path, bytes]) => [path, strFromU8(bytes)]))
    expect(Object.keys(unzipped).sort()).toEqual(['data/cheshire-east-council-scorecard.json', 'data/manifest.json'])
    // Read as the app reads a site: the manifest's address, then each file beside it.
    const read = async (url: string) => {
      const text = unzipped[new URL(url).pathname.slice(1)]
      if (text === undefined) throw new Error(`not in the zip: ${url}`)
      return text
    }
    const loaded = await loadScorecard('http://council.example/data/manifest.json', { read })
    expect(loaded.issues).toEqual([])
    expect(loaded.scorecard).toEqual(scorecard)
    expect(loaded.scorecard.committee?.name).toBe(scorecard.committee!.name)
  })
})

describe('the "what changed since the published version" report', () => {
  it('has the scorecard, the versions compared, every change and a place to sign; text cannot start a formula', () => {
    const heading = {
      authority: 'A Council',
      title: 'Scorecard',
      inUse: 'Import of q3.csv',
      published: 'The site’s files',
      madeAt: '22 Jan 2019',
    }
    const csv = changesReportCsv(
      heading,
      [
        { ref: 'G1', title: 'Number of cared for children', kind: 'changed', what: 'Q3 2018-19 figure', before: 'No data', after: '501' },
        { ref: 'X1', title: '=HYPERLINK("x")', kind: 'added', what: 'New indicator', before: '(none)', after: 'x' },
      ],
      Papa,
    )
    expect(csv.startsWith('\ufeff')).toBe(true)
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data
    expect(rows[0]).toEqual(['What changed since the published version: A Council, Scorecard'])
    expect(rows).toContainEqual(['Version in use', 'Import of q3.csv'])
    expect(rows).toContainEqual(['Changes', '2'])
    expect(rows).toContainEqual(['G1', 'Number of cared for children', 'Changed', 'Q3 2018-19 figure', 'No data', '501'])
    expect(rows).toContainEqual(['X1', `'=HYPERLINK("x")`, 'Added', 'New indicator', '(none)', 'x'])
    expect(rows.at(-2)).toEqual(['Checked and signed off by', ''])
  })
})
