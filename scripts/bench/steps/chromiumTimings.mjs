// Step: timings in Chromium on the production build, in ms from navigation
// start: the overview and the first chart, for the seed and for 1,000
// indicators, and keystroke-to-paint in the table's search for the seed
// (80 rows) and at 1,000 indicators.
import { withPreviewAndChromium } from '../../lib/browser.mjs'
import { atMost, median, printFigures, round } from '../figures.mjs'
import { syntheticScorecardJson } from '../syntheticData.mjs'

// The overview arrives prerendered (from the bundled seed, whatever data is
// routed in), so "overview" is the app's own overview: live, from the data it
// loaded; "started" is when the app took over the page.
const MARKS = `
  window.__marks = {}
  new MutationObserver(() => {
    const m = window.__marks
    const live = document.documentElement.dataset.app === 'started'
    if (!m.started && live) m.started = performance.now()
    if (!m.overview && live && document.querySelector('main h1')?.textContent?.startsWith('How are we doing')) m.overview = performance.now()
    if (!m.table && document.querySelector('main table tbody tr')) m.table = performance.now()
    if (!m.chart && document.querySelector('figure[role="img"] svg .recharts-line')) m.chart = performance.now()
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-app'] })
`

// Aims from issue 15 ("Close to the floor"): typing paints within a frame (16 ms)
// at the seed's 80 rows and within 50 ms at 1,000 indicators, median of 20 keystrokes.
const FLOORS = { keystrokeToPaintSeedMs: atMost(16), keystrokeToPaint1000Ms: atMost(50) }
const KEYS = [...'1234567890abcdefghij']

export const chromiumTimings = {
  name: 'chromium',
  title: 'Chromium, production build (ms from navigation start, median)',
  async run({ quick, port }) {
    const synthetic = (await syntheticScorecardJson([1000])).get(1000)
    const runs = quick ? 1 : 5
    const browser = await withPreviewAndChromium(port, async ({ url, context }) => {
      await context.addInitScript(MARKS)
      const timeTo = (path, mark, json) => medianTimeTo(context, `${url}${path}`, mark, json, runs)
      return {
        overviewSeedMs: await timeTo('/', 'overview'),
        chartSeedMs: await timeTo('/indicator/P3.16', 'chart'),
        overview1000Ms: await timeTo('/', 'overview', synthetic),
        chart1000Ms: await timeTo('/indicator/G1', 'chart', synthetic),
        keystrokeToPaintSeedMs: await keystrokeToPaint(context, `${url}/scorecard`, undefined, quick ? KEYS.slice(0, 3) : KEYS),
        keystrokeToPaint1000Ms: await keystrokeToPaint(context, `${url}/scorecard`, synthetic, quick ? KEYS.slice(0, 3) : KEYS),
      }
    })
    printFigures(Object.entries(browser).map(([figure, value]) => ({ figure, value, floor: FLOORS[figure] })))
    return { browser }
  },
}

/** Serves `json` as the page's only scorecard file instead of the seed. */
async function routeScorecard(page, json) {
  await page.route('**/data/manifest.json', (route) => route.fulfill({ json: { files: ['synthetic.json'] } }))
  await page.route('**/data/synthetic.json', (route) => route.fulfill({ body: json, contentType: 'application/json' }))
}

async function medianTimeTo(context, pageUrl, mark, json, runs) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage()
    try {
      if (json) await routeScorecard(page, json)
      await page.goto(pageUrl)
      await page.waitForFunction((m) => window.__marks[m] !== undefined, mark, { timeout: 60_000 })
      // Painted: the first frame after the content is in the DOM.
      times.push(await page.evaluate((m) => new Promise((resolve) => requestAnimationFrame(() => resolve(window.__marks[m]))), mark))
    } finally {
      await page.close()
    }
  }
  return round(median(times))
}

/** Keystroke in the table's search box to the filtered table painted, one key at a time. */
async function keystrokeToPaint(context, pageUrl, json, keys) {
  const page = await context.newPage()
  try {
    if (json) await routeScorecard(page, json)
    await page.goto(pageUrl)
    // The live table: the prerendered one has no working search until the app has started.
    await page.waitForFunction(() => document.documentElement.dataset.app === 'started', null, { timeout: 60_000 })
    await page.locator('main table tbody tr').first().waitFor({ timeout: 60_000 })
    const search = page.getByRole('searchbox')
    await search.click()
    const times = []
    for (const key of keys) {
      await search.fill('')
      await page.waitForTimeout(150)
      await page.evaluate(() => {
        window.__key = { start: 0, painted: 0 }
        document.addEventListener('keydown', () => (window.__key.start = performance.now()), { once: true, capture: true })
        const table = document.querySelector('main')
        const observer = new MutationObserver(() => {
          observer.disconnect()
          requestAnimationFrame(() => (window.__key.painted = performance.now()))
        })
        observer.observe(table, { subtree: true, childList: true, characterData: true })
      })
      await page.keyboard.press(key)
      await page.waitForFunction(() => window.__key.painted > 0, null, { timeout: 10_000 })
      times.push(await page.evaluate(() => window.__key.painted - window.__key.start))
    }
    return round(median(times))
  } finally {
    await page.close()
  }
}
