// Step: Lighthouse on the overview (mobile preset, simulated throttling),
// against Debian's Chromium. Full runs only: it takes about a minute.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { withPreview } from '../../lib/browser.mjs'
import { CHROMIUM_ARGS, findChromium } from '../../lib/chromium.mjs'
import { atLeast, atMost, printFigures, round } from '../figures.mjs'

// Aims from issue 15 ("Close to the floor"): mobile performance at least 0.98, with TBT at most 100 ms.
const FLOORS = { performance: atLeast(0.98), tbtMs: atMost(100) }

export const lighthouse = {
  name: 'lighthouse',
  title: 'Lighthouse, overview, mobile preset',
  skipWhenQuick: true,
  async run({ port }) {
    const out = mkdtempSync(join(tmpdir(), 'lighthouse-'))
    try {
      const report = await withPreview(port, async ({ url }) => {
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
        return JSON.parse(readFileSync(join(out, 'lh.json'), 'utf8'))
      })
      const scores = Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, v.score]))
      scores.lcpMs = round(report.audits['largest-contentful-paint'].numericValue)
      scores.tbtMs = round(report.audits['total-blocking-time'].numericValue)
      printFigures(Object.entries(scores).map(([figure, value]) => ({ figure, value, floor: FLOORS[figure] })))
      return { lighthouse: scores }
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  },
}
