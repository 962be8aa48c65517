// `npm run bench`: measures size and speed and prints a table, then one JSON
// line with every figure. Not a test: nothing here passes or fails on a time.
//   --quick   small sizes, one run each, no Lighthouse (CI runs this to prove it works)
// Needs a production build (`npm run build`).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createServer } from 'vite'
import { CHROMIUM_ARGS, findChromium } from '../lib/chromium.mjs'
import { launchChromium, startPreview } from '../lib/browser.mjs'
import { measureRouteSizes } from './routeSizes.mjs'

const QUICK = process.argv.includes('--quick')
const SIZES = QUICK ? [60, 1000] : [60, 1000, 10000]
const PERIODS = 40
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d
const figures = {}

if (!existsSync('dist/index.html')) {
  console.error('bench: no production build; run `npm run build` first.')
  process.exit(1)
}

// TypeScript modules are loaded through Vite, so the bench measures the same code the app runs.
const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' })
const load = (path) => vite.ssrLoadModule(path)
const { parseScorecardJson } = await load('/src/domain/parseScorecard.ts')
const { mergeScorecards } = await load('/src/domain/mergeScorecards.ts')
const { assessScorecard, summariseBySection, summariseByCohort } = await load('/src/domain/summarise.ts')
const { latestPeriodWithData } = await load('/src/domain/periodsWithData.ts')
const { buildQuarterSummary } = await load('/src/domain/buildQuarterSummary.ts')
const { findExceptions } = await load('/src/domain/findExceptions.ts')
const { syntheticScorecard } = await load('/tests/support/syntheticScorecard.ts')

// 1. Parse + validate + derive in Node.
console.log(`\n1. Parse, validate and derive in Node (median; ${PERIODS} periods)`)
console.log('indicators   JSON MB   parse+validate ms   derive ms   total ms   runs')
figures.derive = {}
const syntheticJson = {}
for (const size of SIZES) {
  const json = JSON.stringify(syntheticScorecard(size, PERIODS))
  syntheticJson[size] = json
  const runs = QUICK ? 1 : size >= 10000 ? 5 : 9
  const parseTimes = []
  const deriveTimes = []
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now()
    const { scorecard } = parseScorecardJson(json, 'synthetic.json')
    const merged = mergeScorecards([{ file: 'synthetic.json', scorecard }]).scorecard
    const t1 = performance.now()
    const periodId = latestPeriodWithData(merged)?.id
    const assessments = assessScorecard(merged, periodId).filter((a) => a.cell !== undefined)
    summariseBySection(assessments, merged.sections)
    summariseByCohort(assessments)
    buildQuarterSummary(assessments, merged.periods.at(-1))
    findExceptions(assessments)
    const t2 = performance.now()
    if (i === 0) continue // warm-up
    parseTimes.push(t1 - t0)
    deriveTimes.push(t2 - t1)
  }
  const row = { jsonMB: round(json.length / 1e6, 2), parseMs: round(median(parseTimes)), deriveMs: round(median(deriveTimes)), runs }
  row.totalMs = round(row.parseMs + row.deriveMs)
  figures.derive[size] = row
  console.log(
    `${String(size).padStart(10)} ${String(row.jsonMB).padStart(9)} ${String(row.parseMs).padStart(19)} ${String(row.deriveMs).padStart(11)} ${String(row.totalMs).padStart(10)} ${String(runs).padStart(6)}`,
  )
}
await vite.close()

// 2. What the browser downloads per route.
console.log('\n2. JavaScript and CSS per route, as transferred (gzip), cold load')
const routeSizes = await measureRouteSizes()
for (const r of routeSizes) console.log(`${r.route.padEnd(30)} JS ${String(r.jsKB).padStart(6)} kB   CSS ${String(r.cssKB).padStart(5)} kB`)
figures.routeSizes = routeSizes.map(({ files: _files, ...rest }) => rest)
figures.firstRoute = { jsKB: routeSizes[0].jsKB, cssKB: routeSizes[0].cssKB, totalKB: round(routeSizes[0].jsKB + routeSizes[0].cssKB) }

// 3. Timings in Chromium on the production build.
const { server, url } = await startPreview(4182)
const { context, close } = await launchChromium()
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
  window.__lcp = 0
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp = e.startTime }).observe({ type: 'largest-contentful-paint', buffered: true })
`
await context.addInitScript(MARKS)

async function useSynthetic(page, size) {
  if (!size) return
  await page.route('**/data/manifest.json', (route) => route.fulfill({ json: { files: ['synthetic.json'] } }))
  await page.route('**/data/synthetic.json', (route) => route.fulfill({ body: syntheticJson[size], contentType: 'application/json' }))
}

async function timeTo(path, mark, size, runs) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage()
    await useSynthetic(page, size)
    await page.goto(`${url}${path}`)
    await page.waitForFunction((m) => window.__marks[m] !== undefined, mark, { timeout: 60_000 })
    // Painted: the first frame after the content is in the DOM.
    times.push(await page.evaluate((m) => new Promise((resolve) => requestAnimationFrame(() => resolve(window.__marks[m]))), mark))
    await page.close()
  }
  return round(median(times))
}

console.log('\n3. Chromium, production build (ms from navigation start, median)')
const runs = QUICK ? 1 : 5
figures.browser = {
  overviewSeedMs: await timeTo('/', 'overview', 0, runs),
  chartSeedMs: await timeTo('/indicator/P3.16', 'chart', 0, runs),
  overview1000Ms: await timeTo('/', 'overview', 1000, runs),
  chart1000Ms: await timeTo('/indicator/G1', 'chart', 1000, runs),
}
for (const [k, v] of Object.entries(figures.browser)) console.log(`${k.padEnd(20)} ${v}`)

// Keystroke in the table's search box to the filtered table painted, at 1,000 indicators.
{
  const page = await context.newPage()
  await useSynthetic(page, 1000)
  await page.goto(`${url}/scorecard`)
  await page.locator('main table tbody tr').first().waitFor({ timeout: 60_000 })
  const search = page.getByRole('searchbox')
  await search.click()
  const times = []
  for (const key of QUICK ? ['7'] : ['1', '2', '3', '4', '5', '6', '7', '8', '9']) {
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
  figures.browser.keystrokeToPaint1000Ms = round(median(times))
  console.log(`${'keystrokeToPaint1000Ms'.padEnd(20)} ${figures.browser.keystrokeToPaint1000Ms}`)
  await page.close()
}

// LCP of the scorecard page against a plain static HTML table of the same seed.
{
  const files = JSON.parse(readFileSync('seeds/manifest.json', 'utf8')).files
  const rows = files
    .flatMap((f) => JSON.parse(readFileSync(join('seeds', f), 'utf8')).indicators)
    .map(
      (i) =>
        `<tr><th>${i.ref}</th><td>${escapeHtml(i.title)}</td>${i.values.map((v) => `<td>${escapeHtml(v.printed ?? v.kind)}</td>`).join('')}</tr>`,
    )
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Static scorecard</title></head><body><main><h1>Corporate Parenting Scorecard 2018-19</h1><table>${rows.join('')}</table></main></body></html>`
  const lcp = async (path, route) => {
    const times = []
    for (let i = 0; i < (QUICK ? 1 : 5); i++) {
      const page = await context.newPage()
      if (route) await page.route(`**${path}`, (r) => r.fulfill({ body: html, contentType: 'text/html' }))
      await page.goto(`${url}${path}`, { waitUntil: 'networkidle' })
      await page.waitForTimeout(300)
      times.push(await page.evaluate(() => window.__lcp))
      await page.close()
    }
    return round(median(times))
  }
  const app = await lcp('/scorecard', false)
  const plain = await lcp('/static-scorecard.html', true)
  figures.lcp = { appScorecardMs: app, staticTableMs: plain, ratio: round(app / plain, 2) }
  console.log(`LCP scorecard ${app} ms, static table ${plain} ms, ratio ${figures.lcp.ratio}`)
}
await close()

// 4. Lighthouse (mobile preset, simulated throttling) on the overview.
if (!QUICK) {
  console.log('\n4. Lighthouse, overview, mobile preset')
  const out = mkdtempSync(join(tmpdir(), 'lighthouse-'))
  try {
    execFileSync(
      'node_modules/.bin/lighthouse',
      [
        `${url}/`,
        `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
        '--output=json',
        `--output-path=${join(out, 'lh.json')}`,
        '--only-categories=performance,accessibility,best-practices',
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: findChromium() }, stdio: 'inherit' },
    )
    const report = JSON.parse(readFileSync(join(out, 'lh.json'), 'utf8'))
    figures.lighthouse = Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, v.score]))
    figures.lighthouse.lcpMs = round(report.audits['largest-contentful-paint'].numericValue)
    figures.lighthouse.tbtMs = round(report.audits['total-blocking-time'].numericValue)
    console.log(figures.lighthouse)
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}
server.kill()

function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])
}

console.log('\nAll figures:')
console.log(JSON.stringify({ bench: QUICK ? 'quick' : 'full', ...figures }))
process.exit(0)
