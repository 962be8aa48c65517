// Step: the JavaScript and CSS each route loads, as the browser received it
// (vite preview serves gzip), on a cold load of that route.
import { withPreviewAndChromium } from '../../lib/browser.mjs'
import { round } from '../figures.mjs'

const ROUTES = ['/', '/scorecard', '/indicator/P3.16', '/cohort/cared-for-children', '/cohort/sufficiency']

export const routeSizes = {
  name: 'route-sizes',
  title: 'JavaScript and CSS per route, as transferred (gzip), cold load',
  async run({ port }) {
    const sizes = await withPreviewAndChromium(port, async ({ url, context }) => {
      const results = []
      for (const route of ROUTES) results.push({ route, ...(await transferredBytes(context, `${url}${route}`)) })
      return results
    })
    for (const r of sizes) console.log(`${r.route.padEnd(30)} JS ${String(r.jsKB).padStart(6)} kB   CSS ${String(r.cssKB).padStart(5)} kB`)
    const [first] = sizes
    return { routeSizes: sizes, firstRoute: { jsKB: first.jsKB, cssKB: first.cssKB, totalKB: round(first.jsKB + first.cssKB) } }
  },
}

/** kB of script and stylesheet one cold load of `pageUrl` transfers. */
async function transferredBytes(context, pageUrl) {
  const page = await context.newPage()
  try {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    const bytes = new Map()
    const types = new Map()
    cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type))
    cdp.on('Network.loadingFinished', (e) => bytes.set(e.requestId, e.encodedDataLength))
    await page.goto(pageUrl, { waitUntil: 'networkidle' })
    await page.getByRole('heading', { level: 1 }).waitFor()
    let js = 0
    let css = 0
    for (const [id, type] of types) {
      const size = bytes.get(id) ?? 0
      if (type === 'Script') js += size
      else if (type === 'Stylesheet') css += size
    }
    return { jsKB: +(js / 1024).toFixed(1), cssKB: +(css / 1024).toFixed(1) }
  } finally {
    await page.close()
  }
}
