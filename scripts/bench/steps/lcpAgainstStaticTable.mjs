// Step: largest contentful paint of the overview and of the scorecard page
// against a plain static HTML table of the same seed data, served by the same
// server, in the same run: the static table is the floor for first paint.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { withPreviewAndChromium } from '../../lib/browser.mjs'
import { atMost, median, printFigures, round } from '../figures.mjs'

const LCP_OBSERVER = `
  window.__lcp = 0
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp = e.startTime }).observe({ type: 'largest-contentful-paint', buffered: true })
`

// Aim from issue 15 ("Close to the floor"): the app's LCP of / and of /scorecard at most 1.2× the static table's.
const RATIO_FLOOR = atMost(1.2)

export const lcpAgainstStaticTable = {
  name: 'lcp',
  title: 'Largest contentful paint: / and /scorecard against a static table of the same data (ms, median)',
  async run({ quick, port }) {
    const html = staticScorecardHtml()
    const runs = quick ? 1 : 7
    const lcp = await withPreviewAndChromium(port, async ({ url, context }) => {
      await context.addInitScript(LCP_OBSERVER)
      // One load of each first, not counted, so the app's code is in the
      // browser's cache as it is for a reader coming back.
      await medianLcp(context, url, '/', 1)
      await medianLcp(context, url, '/scorecard', 1)
      // Interleaved, so a burst of load on the machine falls on all three alike.
      const times = { overview: [], scorecard: [], plain: [] }
      for (let i = 0; i < runs; i++) {
        times.overview.push(await medianLcp(context, url, '/', 1))
        times.scorecard.push(await medianLcp(context, url, '/scorecard', 1))
        times.plain.push(await medianLcp(context, url, '/static-scorecard.html', 1, html))
      }
      const [overview, scorecard, plain] = [times.overview, times.scorecard, times.plain].map((t) => round(median(t)))
      return {
        appOverviewMs: overview,
        appScorecardMs: scorecard,
        staticTableMs: plain,
        overviewRatio: round(overview / plain, 2),
        ratio: round(scorecard / plain, 2),
        loads: runs,
      }
    })
    printFigures([
      { figure: 'appOverviewMs (/)', value: lcp.appOverviewMs },
      { figure: 'appScorecardMs (/scorecard)', value: lcp.appScorecardMs },
      { figure: 'staticTableMs', value: lcp.staticTableMs },
      { figure: 'overviewRatio (/ ÷ static)', value: lcp.overviewRatio, floor: RATIO_FLOOR },
      { figure: 'ratio (/scorecard ÷ static)', value: lcp.ratio, floor: RATIO_FLOOR },
    ])
    return { lcp }
  },
}

/** LCP of `path`, median of `runs` loads; with `html`, that page is served instead. */
async function medianLcp(context, url, path, runs, html) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage()
    try {
      if (html) await page.route(`**${path}`, (r) => r.fulfill({ body: html, contentType: 'text/html' }))
      await page.goto(`${url}${path}`, { waitUntil: 'networkidle' })
      await page.waitForTimeout(300)
      times.push(await page.evaluate(() => window.__lcp))
    } finally {
      await page.close()
    }
  }
  return round(median(times))
}

/** The bundled seed as one plain table: ref, title and every printed value. */
function staticScorecardHtml() {
  const files = JSON.parse(readFileSync('seeds/manifest.json', 'utf8')).files
  const rows = files
    .flatMap((f) => JSON.parse(readFileSync(join('seeds', f), 'utf8')).indicators)
    .map(
      (i) =>
        `<tr><th>${i.ref}</th><td>${escapeHtml(i.title)}</td>${i.values.map((v) => `<td>${escapeHtml(v.printed ?? v.kind)}</td>`).join('')}</tr>`,
    )
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Static scorecard</title></head><body><main><h1>Corporate Parenting Scorecard 2018-19</h1><table>${rows.join('')}</table></main></body></html>`
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])
}
