// Step: Lighthouse (mobile preset, simulated throttling) against Debian's
// Chromium, on the overview, the table, an indicator page with its chart and a
// comparison: the median of three runs of each. Full runs only: it takes a few minutes.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { withPreview } from '../../lib/browser.mjs'
import { CHROMIUM_ARGS, findChromium } from '../../lib/chromium.mjs'
import { atLeast, atMost, median, printFigures, round } from '../figures.mjs'

// Aims from issue 15 ("Close to the floor"): mobile performance at least 0.98, with TBT at most 100 ms, on each page.
const FLOORS = { performance: atLeast(0.98), tbtMs: atMost(100) }
const PAGES = [
  { key: 'overview', path: '/' },
  { key: 'scorecard', path: '/scorecard' },
  { key: 'indicator', path: '/indicator/P3.16' },
  { key: 'compare', path: '/compare?la=895' },
]
const RUNS = 3

export const lighthouse = {
  name: 'lighthouse',
  title: `Lighthouse, mobile preset (median of ${RUNS} runs per page)`,
  skipWhenQuick: true,
  async run({ port }) {
    const out = mkdtempSync(join(tmpdir(), 'lighthouse-'))
    try {
      const results = await withPreview(port, async ({ url }) => {
        const byPage = {}
        for (const { key, path } of PAGES) {
          const runs = []
          for (let i = 0; i < RUNS; i++) runs.push(scoresOf(lighthouseReport(`${url}${path}`, join(out, `${key}-${i}.json`))))
          byPage[key] = medianScores(runs)
        }
        return byPage
      })
      const rows = []
      for (const [key, scores] of Object.entries(results)) {
        for (const [figure, value] of Object.entries(scores)) rows.push({ figure: `${key}: ${figure}`, value, floor: FLOORS[figure] })
      }
      printFigures(rows)
      return { lighthouse: results }
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  },
}

function lighthouseReport(pageUrl, outPath) {
  execFileSync(
    'node_modules/.bin/lighthouse',
    [
      pageUrl,
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
      '--output=json',
      `--output-path=${outPath}`,
      '--only-categories=performance,accessibility,best-practices',
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: findChromium() }, stdio: 'inherit' },
  )
  return JSON.parse(readFileSync(outPath, 'utf8'))
}

function scoresOf(report) {
  const scores = Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, v.score]))
  scores.lcpMs = round(report.audits['largest-contentful-paint'].numericValue)
  scores.tbtMs = round(report.audits['total-blocking-time'].numericValue)
  return scores
}

/** Each score's median over the runs (a score alone, not the scores of one run). */
function medianScores(runs) {
  return Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]))
}
