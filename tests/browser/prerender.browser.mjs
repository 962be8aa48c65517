// The overview and the table are prerendered at build time (scripts/vite/prerenderPages.ts).
import { assert, assertEqual, test } from './harness.mjs'

/** Stops the app's JavaScript, so the page shows only what the HTML holds. */
const withoutApp = (page) => page.route('**/assets/index-*.js', (route) => route.fulfill({ body: '', contentType: 'text/javascript' }))
const visibleHeadings = (page) => page.locator('h1:visible').allInnerTexts()
const mainText = (page) => page.locator('main:visible').innerText()

for (const path of ['/', '/scorecard']) {
  test(`${path}: the prerendered page paints without JavaScript and is what the app then draws`, async ({ page, context, baseUrl }) => {
    await withoutApp(page)
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
    const headings = await visibleHeadings(page)
    assertEqual(headings.length, 1, 'one page heading is shown before the app starts')
    assert(headings[0].includes('Q2 2018-19'), `the heading names the latest quarter: ${headings[0]}`)
    const before = await mainText(page)

    const live = await context.newPage()
    const warnings = []
    live.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()))
    // Hold the app back a moment, as a slow connection would, and Tab into the page meanwhile.
    await live.route('**/assets/index-*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      await route.continue()
    })
    await live.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' })
    await live.keyboard.press('Tab')
    const focused = () => live.evaluate(() => document.activeElement?.textContent)
    assertEqual(await focused(), 'Skip to main content', 'Tab works before the app starts')
    // The app has adopted the page once the "Loading" shell beside it is removed
    // and its effects have run (each page sets its own title).
    await live.waitForFunction(() => document.querySelector('.prerender-fallback') === null && document.title.includes(' – '), null, {
      timeout: 15_000,
    })
    assertEqual(await mainText(live), before, 'the prerendered text equals the text the app renders')
    assertEqual(await focused(), 'Skip to main content', 'focus stays where the reader put it when the app starts')
    assertEqual(
      warnings.filter((w) => w.includes('did not match')),
      [],
      'the app adopts the prerendered page without redrawing it',
    )
    await live.close()
  })
}

/**
 * Records, on every frame from the first, whether the page shows `text`: the
 * build-time figures must never be on screen, not even for a moment.
 */
const watchFor = (page, text) =>
  page.addInitScript((watched) => {
    window.__seen = false
    const look = () => {
      if (document.body?.innerText.includes(watched)) window.__seen = true
      if (document.documentElement.dataset.app !== 'started') requestAnimationFrame(look)
    }
    requestAnimationFrame(look)
  }, text)

test('data replaced after the build: the prerendered overview is never shown, and the app draws the figures it loaded', async ({
  page,
  baseUrl,
}) => {
  await watchFor(page, 'Cheshire East Council')
  // Every data file, so no file names the build's council (a mismatch would be reported, naming both).
  await page.route(/\/data\/(?!manifest)[^/]+\.json$/, async (route) => {
    const data = await (await route.fetch()).json()
    data.authority = 'Replaced Data Council'
    await route.fulfill({ json: data })
  })
  await page.goto(`${baseUrl}/`)
  await page.getByText('Replaced Data Council').first().waitFor({ timeout: 15_000 })
  assertEqual(await page.evaluate(() => document.documentElement.dataset.prerender), 'refused', 'the guard refused the prerendered page')
  assertEqual(await page.evaluate(() => window.__seen), false, 'the build-time authority never showed')
  assert(!(await page.content()).includes('Cheshire East Council'), 'nor is it anywhere in the page')
})

test('data replaced after the build, before the app starts: only the "Loading" shell shows', async ({ page, baseUrl }) => {
  await withoutApp(page)
  await page.route('**/data/manifest.json', (route) => route.fulfill({ json: { files: ['other.json'] } }))
  await page.route('**/data/other.json', (route) => route.fulfill({ json: {} }))
  await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' })
  await page.waitForFunction(() => document.documentElement.dataset.prerender === 'refused')
  assertEqual((await visibleHeadings(page)).length, 0, 'no prerendered heading')
  assert(await page.getByText('Loading the scorecard…').isVisible(), 'the loading message shows instead')
  assertEqual(await page.locator('#root > .prerendered').count(), 0, 'the prerendered page is removed, not just hidden')
})

test('JavaScript off: the prerendered figures never show, and the page says why', async ({ page, context, baseUrl }) => {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true })
  for (const path of ['/', '/scorecard']) {
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' })
    assertEqual((await visibleHeadings(page)).length, 0, `${path}: no prerendered heading`)
    const text = await page.locator('body').innerText()
    assert(!text.includes('Cheshire') && !text.includes('Q2 2018-19'), `${path}: no build-time council or figures on screen: ${text}`)
    assert(await page.getByText(/shows its figures only with JavaScript on/).isVisible(), `${path}: the no-JavaScript message shows`)
  }
  await cdp.detach()
})

test('a prerendered page is never shown for another address, a query, a scorecard saved in this browser or hidden columns', async ({
  page,
  baseUrl,
}) => {
  await withoutApp(page)
  const loadingOnly = async (path, why) => {
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
    assertEqual((await visibleHeadings(page)).length, 0, `${why}: no page heading before the app starts`)
    assert(await page.getByText('Loading the scorecard…').isVisible(), `${why}: the loading message shows instead`)
  }
  // Hosts answer every address with index.html, which holds the overview.
  await loadingOnly('/indicator/G1', 'an indicator page')
  await loadingOnly('/?period=2017-18-Q4', 'another period')
  await loadingOnly('/scorecard?rag=red', 'a filtered table')
  await page.evaluate(() => localStorage.setItem('scorecard-update-versions', JSON.stringify({ current: { savedAt: 'x' }, history: [] })))
  await loadingOnly('/', 'a scorecard saved in this browser')
  await page.evaluate(() => localStorage.removeItem('scorecard-update-versions'))
  // Hidden columns change the table's markup (the key and shape useColumnStore saves).
  await page.evaluate(() => localStorage.setItem('scorecard-table-columns', JSON.stringify({ state: { hidden: ['lead'] }, version: 1 })))
  await loadingOnly('/scorecard', 'columns hidden in the table')
  await page.evaluate(() => localStorage.removeItem('scorecard-table-columns'))
  await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' })
  assertEqual((await visibleHeadings(page)).length, 1, 'with nothing saved, the overview shows again')
})

test("the app's code is fetched after the prerendered page has shown, and at once where no page will show", async ({ page, baseUrl }) => {
  await page.addInitScript(() =>
    document.addEventListener('prerender-verdict', () => (window.__verdictAt = performance.now()), { once: true }),
  )
  // Scripts fetched besides the entry (index-*.js, which only waits for the verdict).
  const appCode = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\/assets\/.*\.js$/.test(e.name) && !/\/assets\/index-[^/]*\.js$/.test(e.name))
        .map((e) => ({ name: e.name.split('/').pop(), start: e.startTime })),
    )
  for (const path of ['/', '/scorecard']) {
    await page.goto(`${baseUrl}${path}`)
    assertEqual(await page.evaluate(() => document.documentElement.dataset.prerender), 'confirmed', `${path}: the prerendered page shows`)
    const verdictAt = await page.evaluate(() => window.__verdictAt)
    const code = await appCode()
    assert(code.length > 3, `${path}: the app's code was fetched (${code.length} files)`)
    const early = code.filter((c) => c.start < verdictAt)
    assertEqual(early, [], `${path}: no app code requested before the page was confirmed at ${Math.round(verdictAt)} ms`)
  }
  // Another address gets the same HTML, with nothing to wait for: the code is preloaded at once.
  await page.goto(`${baseUrl}/indicator/P3.17`, { waitUntil: 'domcontentloaded' })
  const preloads = await page.evaluate(() => [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href')))
  assert(
    preloads.some((href) => /\/assets\/startApp-[^/]*\.js$/.test(href)),
    `the refused page preloads the app's code: ${preloads.join(' ')}`,
  )
})

/** Counts the requests for /data/ files by path, with the HTTP cache bypassed so every fetch reaches the server. */
async function countDataRequests(page) {
  const counts = {}
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith('/data/')) counts[path] = (counts[path] ?? 0) + 1
  })
  await page.route('**/data/**', (route) => route.continue({ headers: { ...route.request().headers(), 'cache-control': 'no-cache' } }))
  return counts
}

test('each data file is fetched once, the manifest too, on any address: the app takes what the guard read', async ({
  context,
  baseUrl,
}) => {
  for (const path of ['/', '/scorecard', '/indicator/P3.17', '/scorecard?rag=red']) {
    const page = await context.newPage()
    const counts = await countDataRequests(page)
    await page.goto(`${baseUrl}${path}`)
    await page.waitForFunction(() => document.documentElement.dataset.app === 'started')
    await page.waitForLoadState('networkidle')
    const prerendered = path === '/' || path === '/scorecard'
    assertEqual(
      await page.evaluate(() => document.documentElement.dataset.prerender),
      prerendered ? 'confirmed' : 'refused',
      `${path}: the guard ${prerendered ? 'read the data and showed the page' : 'left the data to the app'}`,
    )
    if (prerendered) {
      // The app took every file the guard read, so none was fetched twice.
      assertEqual(await page.evaluate(() => Object.keys(window.__scorecardGuardBodies ?? { missing: true })), [], `${path}: nothing left`)
    }
    assert(Object.keys(counts).length >= 2, `${path}: the manifest and data files were fetched: ${JSON.stringify(counts)}`)
    assertEqual(
      Object.entries(counts).filter(([, n]) => n !== 1),
      [],
      `${path}: each file fetched once (${JSON.stringify(counts)})`,
    )
    assert(!(await page.getByText('could not be loaded').isVisible()), `${path}: no file failed`)
    await page.close()
  }
})

test('while the guard checks, the page is only text (no elements to lay out) and the "Loading" shell shows', async ({ page, baseUrl }) => {
  // The data held back, so the guard is still checking when the page is looked at.
  await page.route('**/data/*.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2000))
    // The page may have moved on by then.
    await route.continue().catch(() => {})
  })
  for (const path of ['/', '/scorecard']) {
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' })
    assertEqual(await page.evaluate(() => document.documentElement.dataset.prerender), 'checking', `${path}: the guard is checking`)
    assert(await page.getByText('Loading the scorecard…').isVisible(), `${path}: the loading message shows`)
    assertEqual((await visibleHeadings(page)).length, 0, `${path}: no page heading shows while checking`)
    const held = await page.evaluate(() => {
      const node = document.querySelector('#root > .prerendered')
      return { elements: node?.querySelectorAll('*').length, text: node?.textContent.length ?? 0 }
    })
    // One element, the <noscript> that holds the page as text.
    assertEqual(held.elements, 1, `${path}: the page is not yet elements`)
    assert(held.text > 10_000, `${path}: it is there as text (${held.text} characters), for the guard to unpack`)
    const { scroll, view } = await page.evaluate(() => ({ scroll: document.documentElement.scrollHeight, view: innerHeight }))
    assert(scroll <= view + 100, `${path}: nothing to scroll to (${scroll} px of page in a ${view} px window)`)
  }
})
