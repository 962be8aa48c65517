// Step: the official comparison data each view fetches, gzipped as a host
// would send it (gzip of each response body, so the figure does not depend on
// the preview server), against the budgets of issue 11 (60 kB for /compare
// for one council, 20 kB for one measure across England); that the first page
// fetches none; and the time to /compare painted for three councils (no
// floor: the issue sets none).
import { gzipSync } from 'node:zlib'
import { withPreviewAndChromium } from '../../lib/browser.mjs'
import { atMost, median, printFigures, round } from '../figures.mjs'

const COUNCILS = [
  ['cheshireEast', 895],
  ['birmingham', 330],
  ['camden', 202],
]

// The largest council file (Enfield) and the largest measure file (Work_Force_NoSW) are the budgets' worst cases.
const VIEWS = [
  { key: 'firstPage', path: '/', ready: 'main h1' },
  ...COUNCILS.map(([key, la]) => ({ key: `compare_${key}`, path: `/compare?la=${la}`, ready: 'main table.compare-table tbody tr' })),
  { key: 'compare_enfield', path: '/compare?la=308', ready: 'main table.compare-table tbody tr', full: true },
  { key: 'measure_LACStable', path: '/compare/LACStable_2016on?la=895', ready: 'table.compare-england-table tbody tr' },
  { key: 'measure_WorkForceNoSW', path: '/compare/Work_Force_NoSW?la=895', ready: 'table.compare-england-table tbody tr', full: true },
]

const FLOORS = {
  firstPageOfficialKB: atMost(0),
  compare: atMost(60),
  measure: atMost(20),
}

/** When the comparison's table is in the page (from navigation start). */
const MARKS = `
  window.__marks = {}
  new MutationObserver(() => {
    if (!window.__marks.compare && document.querySelector('main table.compare-table tbody tr.compare-row')) window.__marks.compare = performance.now()
  }).observe(document, { subtree: true, childList: true })
`

export const officialData = {
  name: 'official-data',
  title: 'Official comparison data per view (gzipped kB) and time to /compare painted (ms from navigation start, median)',
  async run({ quick, port }) {
    const runs = quick ? 1 : 3
    const result = await withPreviewAndChromium(port, async ({ url, context }) => {
      const bytes = {}
      for (const view of VIEWS.filter((v) => !quick || !v.full))
        bytes[view.key] = await dataOfView(context, `${url}${view.path}`, view.ready)
      await context.addInitScript(MARKS)
      const paint = {}
      for (const [key, la] of COUNCILS) paint[key] = await medianPaint(context, `${url}/compare?la=${la}`, runs)
      return { bytes, paint }
    })
    const rows = []
    for (const [key, b] of Object.entries(result.bytes)) {
      const floor = key === 'firstPage' ? undefined : key.startsWith('measure') ? FLOORS.measure : FLOORS.compare
      rows.push({
        figure: `${key}: official data kB`,
        value: b.officialKB,
        floor: key === 'firstPage' ? FLOORS.firstPageOfficialKB : floor,
      })
      rows.push({ figure: `${key}: scorecard data kB`, value: b.scorecardKB })
    }
    for (const [key, ms] of Object.entries(result.paint)) rows.push({ figure: `/compare painted, ${key} (ms)`, value: ms })
    printFigures(rows)
    for (const [key, b] of Object.entries(result.bytes)) if (b.files.length > 0) console.log(`  ${key}: ${b.files.join(', ')}`)
    return {
      officialData: Object.fromEntries(
        Object.entries(result.bytes).map(([key, b]) => [key, { officialKB: b.officialKB, scorecardKB: b.scorecardKB }]),
      ),
      comparePaintMs: result.paint,
    }
  },
}

/** The JSON a cold load of `pageUrl` fetches, gzipped: official files and scorecard files apart. */
async function dataOfView(context, pageUrl, ready) {
  const page = await context.newPage()
  try {
    const bodies = []
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname
      if (path.startsWith('/official/') || path.startsWith('/data/')) bodies.push(response.body().then((body) => ({ path, body })))
    })
    await page.goto(pageUrl, { waitUntil: 'networkidle' })
    await page.locator(ready).first().waitFor()
    await page.waitForLoadState('networkidle')
    const files = await Promise.all(bodies)
    const kB = (list) => round(list.reduce((sum, f) => sum + gzipSync(f.body).length, 0) / 1024)
    const official = files.filter((f) => f.path.startsWith('/official/'))
    return {
      officialKB: kB(official),
      scorecardKB: kB(files.filter((f) => f.path.startsWith('/data/'))),
      files: official.map((f) => f.path.slice('/official/'.length)),
    }
  } finally {
    await page.close()
  }
}

async function medianPaint(context, pageUrl, runs) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage()
    try {
      await page.goto(pageUrl)
      await page.waitForFunction(() => window.__marks.compare !== undefined, null, { timeout: 60_000 })
      // Painted: the first frame after the table is in the DOM.
      times.push(await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(window.__marks.compare)))))
    } finally {
      await page.close()
    }
  }
  return round(median(times))
}
