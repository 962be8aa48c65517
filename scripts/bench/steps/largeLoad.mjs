// Step: loading a large scorecard in Chromium on the production build: the
// longest task on the main thread from navigation until the table has been
// painted and the page is quiet (a PerformanceObserver for 'longtask'), so
// how long input can be blocked at worst; and the peak JS heap of the page
// while it loads and renders (sampled with CDP Runtime.getHeapUsage every
// 50 ms and once at the end), beside the size of the JSON it read.
import { rmSync, writeFileSync } from 'node:fs'
import { withPreviewAndChromium } from '../../lib/browser.mjs'
import { atMost, median, printFigures, round } from '../figures.mjs'
import { syntheticScorecardJson } from '../syntheticData.mjs'

// Written into the build's data folder for the step (before the server starts, which lists the files it serves), removed after.
const SYNTHETIC_NAME = 'bench-synthetic.json'
const SYNTHETIC_FILE = `dist/data/${SYNTHETIC_NAME}`

const LONG_TASKS = `
  window.__longest = 0
  window.__longTasks = 0
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__longTasks++
      window.__longest = Math.max(window.__longest, e.duration)
    }
  }).observe({ type: 'longtask', buffered: true })
`

// Aim from issue 15 ("Close to the floor"): a 10,000-indicator load never blocks input for more than 50 ms at a time.
// The heap has no aim of its own; a page holding its data as objects takes a few times the JSON's size.
const FLOORS = { longestTaskMs: atMost(50) }

export const largeLoad = {
  name: 'large-load',
  title: 'Loading a large scorecard in Chromium: longest main-thread task and peak JS heap (median of loads)',
  async run({ quick, port }) {
    const size = quick ? 1000 : 10000
    const json = (await syntheticScorecardJson([size])).get(size)
    const runs = quick ? 1 : 3
    // The data file is served by the preview server, as a host serves a file, arriving in chunks (only the small manifest is routed).
    // Not by page.route: that hands the page the whole body in one piece, and
    // taking a 47.6 MB piece in is a 50–70 ms task by itself (a bare fetch and
    // arrayBuffer() on an empty page; over HTTP: 243–300 chunks, no long task).
    writeFileSync(SYNTHETIC_FILE, json)
    // Never left in the build (which could be deployed) by a bench stopped with Ctrl+C.
    const stopped = () => {
      rmSync(SYNTHETIC_FILE, { force: true })
      process.exit(130)
    }
    process.once('SIGINT', stopped)
    let result
    try {
      result = await withPreviewAndChromium(port, async ({ url, context }) => {
        await context.addInitScript(LONG_TASKS)
        const loads = []
        for (let i = 0; i < runs; i++) loads.push(await loadOnce(context, `${url}/scorecard`))
        return loads
      })
    } finally {
      rmSync(SYNTHETIC_FILE, { force: true })
      process.off('SIGINT', stopped)
    }
    const figures = {
      indicators: size,
      jsonMB: round(json.length / 1e6, 2),
      longestTaskMs: round(median(result.map((r) => r.longest))),
      longTasks: median(result.map((r) => r.count)),
      peakHeapMB: round(median(result.map((r) => r.peakHeap)) / 1e6, 1),
      tableMs: round(median(result.map((r) => r.tableMs))),
    }
    figures.heapToJson = round(figures.peakHeapMB / figures.jsonMB, 2)
    printFigures(Object.entries(figures).map(([figure, value]) => ({ figure, value, floor: FLOORS[figure] })))
    return { largeLoad: figures }
  },
}

async function loadOnce(context, pageUrl) {
  const page = await context.newPage()
  try {
    await page.route('**/data/manifest.json', (route) => route.fulfill({ json: { files: [SYNTHETIC_NAME] } }))
    const cdp = await context.newCDPSession(page)
    let peakHeap = 0
    let sampling = true
    const sample = async () => {
      while (sampling) {
        try {
          const { usedSize } = await cdp.send('Runtime.getHeapUsage')
          peakHeap = Math.max(peakHeap, usedSize)
        } catch {
          // the page is between documents
        }
        await new Promise((r) => setTimeout(r, 50))
      }
    }
    const sampler = sample()
    const start = Date.now()
    await page.goto(pageUrl)
    // The live table from the synthetic data (its refs are G1, P1.1…), not the prerendered one from the seed.
    await page.waitForFunction(
      () =>
        document.documentElement.dataset.app === 'started' &&
        [...document.querySelectorAll('main table tbody tr')].some((tr) => tr.textContent?.includes('Synthetic indicator')),
      null,
      { timeout: 120_000, polling: 100 },
    )
    const tableMs = Date.now() - start
    // Quiet: wait until no long task has been seen for a second.
    let seen = -1
    for (;;) {
      const count = await page.evaluate(() => window.__longTasks)
      if (count === seen) break
      seen = count
      await page.waitForTimeout(1000)
    }
    sampling = false
    await sampler
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    peakHeap = Math.max(peakHeap, usedSize)
    const { longest, count } = await page.evaluate(() => ({ longest: window.__longest, count: window.__longTasks }))
    return { longest, count, peakHeap, tableMs }
  } finally {
    await page.close()
  }
}
