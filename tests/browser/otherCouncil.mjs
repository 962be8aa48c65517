// A small scorecard for a council other than the seed's, made from the DfE's
// published figures in public/official (every figure real, each cited to the
// measure and year it is printed under), so a journey can serve it in place
// of the bundled data.
import { readFileSync } from 'node:fs'

const OFFICIAL = new URL('../../public/official/', import.meta.url)
const read = (path) => JSON.parse(readFileSync(new URL(path, OFFICIAL), 'utf8'))

/** Children looked after in Leeds (LA 383): the number and the rate per 10,000, at 31 March of each published year. */
export function otherCouncilScorecard({ la = 383, measures = ['LACnum', 'LAC'] } = {}) {
  const index = read('index.json')
  const catalogue = read('measures.json')
  const council = read(`la/${la}.json`)
  const area = index.areas.find((a) => a.la === la)
  const at = council.areas.indexOf(la)
  const periods = new Map()
  const indicators = measures.map((code, n) => {
    const measure = catalogue.measures.find((m) => m.code === code)
    const values = measure.years.flatMap((year, j) => {
      const figure = council.series[code][at][j]
      if (typeof figure !== 'number') return [] // a status: the source gives no figure, so no cell
      const period = catalogue.periods[year]
      if (period.kind !== 'snapshot') throw new Error(`${code}: expected snapshots, got ${period.kind}`)
      periods.set(period.end, { id: period.end, label: period.label, kind: 'as-at', start: period.start, end: period.end })
      return [
        {
          period: period.end,
          kind: 'number',
          number: figure,
          printed: String(figure),
          source: { doc: 'dfe-lait', table: code, column: period.text },
        },
      ]
    })
    return {
      ref: `CLA${n + 1}`,
      title: measure.title,
      section: 'theme-1',
      cohorts: ['cared-for-children'],
      polarity: 'none',
      unit: measure.unit,
      frequency: 'annual',
      official: { measure: code, match: 'exact' },
      source: { doc: 'dfe-lait', table: code },
      values,
    }
  })
  return {
    format: 'corporate-parenting-scorecard/1',
    authority: area.name,
    title: 'Children looked after: published figures',
    reportingYear: 'to 31 March 2025',
    documents: [{ id: 'dfe-lait', title: 'Department for Education, Local Authority Interactive Tool (bds_long_0.parquet)' }],
    periods: [...periods.values()],
    sections: [
      { id: 'theme-1', title: 'Children in our care', kind: 'theme', number: 1 },
      // Declared, but no indicator is in it: no menu may offer it.
      { id: 'theme-2', title: 'Leaving care', kind: 'theme', number: 2 },
    ],
    sectionKinds: [{ id: 'theme', name: 'theme' }],
    indicators,
  }
}

/** Serves `files` (name → JSON) as the site's data folder in place of the build's. */
export async function serveData(page, files) {
  await page.route('**/data/*.json', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()
    const body = files[name]
    return body === undefined ? route.fulfill({ status: 404, body: 'Not found' }) : route.fulfill({ contentType: 'application/json', body })
  })
}
