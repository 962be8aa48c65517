// Prints the JavaScript and CSS each route loads, as the browser received it
// (vite preview serves gzip), on a cold load of that route. Needs `npm run build`.
import { launchChromium, startPreview } from '../lib/browser.mjs'

const ROUTES = ['/', '/scorecard', '/indicator/P3.16', '/cohort/cared-for-children', '/cohort/sufficiency']

export async function measureRouteSizes({ port = 4181 } = {}) {
  const { server, url } = await startPreview(port)
  const { context, close } = await launchChromium()
  const results = []
  try {
    for (const route of ROUTES) {
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
      const bytes = new Map()
      const types = new Map()
      cdp.on('Network.responseReceived', (e) => types.set(e.requestId, { type: e.type, url: e.response.url }))
      cdp.on('Network.loadingFinished', (e) => bytes.set(e.requestId, e.encodedDataLength))
      await page.goto(`${url}${route}`, { waitUntil: 'networkidle' })
      await page.getByRole('heading', { level: 1 }).waitFor()
      let js = 0
      let css = 0
      const files = []
      for (const [id, info] of types) {
        const size = bytes.get(id) ?? 0
        if (info.type === 'Script') js += size
        else if (info.type === 'Stylesheet') css += size
        else continue
        files.push(`${info.url.split('/').pop()} ${(size / 1024).toFixed(1)} kB`)
      }
      results.push({ route, jsKB: +(js / 1024).toFixed(1), cssKB: +(css / 1024).toFixed(1), files })
      await page.close()
    }
  } finally {
    await close()
    server.kill()
  }
  return results
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await measureRouteSizes()
  console.log('route                          JS (kB, as transferred)  CSS (kB)')
  for (const r of results) console.log(`${r.route.padEnd(30)} ${String(r.jsKB).padStart(10)} ${String(r.cssKB).padStart(16)}`)
  for (const r of results) console.log(`  ${r.route}: ${r.files.join(', ')}`)
  console.log(JSON.stringify({ routeSizes: results.map(({ files: _files, ...rest }) => rest) }))
}
