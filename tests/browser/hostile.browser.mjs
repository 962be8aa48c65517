// Hostile data in a real browser (issue 12): refs that are prototype names or
// carry "/", "%2F" or dots open their own page; refs of only dots and figures
// with more decimals than can be shown are refused with a message and every
// view still draws; with storage full, typing on /update never throws and the
// page says the draft is not kept; two tabs see each other's drafts.
import { assert, assertEqual, test } from './harness.mjs'

const MAIN = '**/data/corporate-parenting-scorecard-2018-19-q2.json'
const h1 = (page) => page.getByRole('heading', { level: 1 })

/** Serves the main seed file changed by `change` (the parsed JSON, changed in place). */
async function serveChanged(page, change) {
  await page.route(MAIN, async (route) => {
    const data = await (await route.fetch()).json()
    change(data)
    await route.fulfill({ json: data })
  })
}

/** Waits (up to 5 s) until `check` holds. */
async function until(check, what) {
  for (let i = 0; i < 50; i++) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`timed out waiting: ${what}`)
}

/** The address of an indicator's page, as src/lib/paths.ts writes it. */
const indicatorPath = (ref) => `/indicator/${/^\.+$/.test(ref) ? ref.replace(/\./g, '%2E') : encodeURIComponent(ref)}`

const HOSTILE_REFS = ['A/B', 'a%2fb', '100%', 'constructor', '__proto__', 'toString', '..x', 'a..b', '?q=1#h', ' G1 ']

test('hostile refs: "/", "%", inner dots and prototype names open their own page; refs of only dots or holding "%2F" are refused, saying why', async ({
  page,
  baseUrl,
}) => {
  await serveChanged(page, (data) => {
    HOSTILE_REFS.forEach((ref, i) => {
      data.indicators[i].ref = ref
      data.indicators[i].title = `Hostile ref number ${i}`
    })
    data.indicators[HOSTILE_REFS.length].ref = '.'
    data.indicators[HOSTILE_REFS.length + 1].ref = '..'
    data.indicators[HOSTILE_REFS.length + 2].ref = 'a%2Fb'
    data.additions = []
  })
  for (const [i, ref] of HOSTILE_REFS.entries()) {
    await page.goto(`${baseUrl}${indicatorPath(ref)}`)
    await h1(page).waitFor()
    assertEqual(
      await h1(page).innerText(),
      `${ref.trim()} Hostile ref number ${i}`.replace(/\s+/g, ' '),
      `the page of ${JSON.stringify(ref)}`,
    )
  }
  // From the table's own link, too.
  await page.goto(`${baseUrl}/scorecard`)
  await page.getByRole('link', { name: 'Hostile ref number 0', exact: true }).first().click()
  await page.waitForURL(/\/indicator\/A%2FB/)
  await page.getByRole('heading', { level: 1, name: 'A/B Hostile ref number 0' }).waitFor()
  // The update page (its draft and entry form key on refs) draws.
  await page.goto(`${baseUrl}/update`)
  await h1(page).waitFor()
  assert((await page.getByText('This page could not be shown.').count()) === 0, '/update draws with prototype-named refs')
  const notice = page.getByRole('region', { name: /Some of the data needs attention/ })
  await notice.getByText('Show the details').click()
  const details = await notice.innerText()
  assert(
    /Must not be only dots \("\." or "\.\."\): such a ref cannot be the address of its page/.test(details),
    'refs of only dots are refused with a message',
  )
  assert(
    /Must not hold the text "%2F": the address of its page would read it as "\/"/.test(details),
    'a ref holding %2F is refused with a message',
  )
  assert(/Not shown: 3 indicators/.test(details), `the notice counts them: ${details.slice(0, 200)}`)
})

test('a figure printed with more decimals than can be shown is refused with a message, and every view draws', async ({ page, baseUrl }) => {
  await serveChanged(page, (data) => {
    const g1 = data.indicators.find((i) => i.ref === 'G1')
    const cell = g1.values.find((v) => v.kind === 'number' && v.period === '2018-19-Q2')
    cell.printed = `${cell.number}.${'0'.repeat(101)}`
    const p12 = data.indicators.find((i) => i.ref === 'P1.2')
    p12.values.find((v) => v.kind === 'number').printed = `95.${'0'.repeat(25)}%`
  })
  for (const path of [
    '/',
    '/scorecard',
    '/indicator/G1',
    '/print',
    '/cohort/cared-for-children',
    '/update',
    '/annual-report',
    '/present?deck=all&slide=1',
  ]) {
    await page.goto(`${baseUrl}${path}`)
    await page.locator('main h1, main h2').first().waitFor()
    assert((await page.getByText('This page could not be shown.').count()) === 0, `${path} draws`)
  }
  await page.goto(`${baseUrl}/scorecard`)
  const notice = page.getByRole('region', { name: /Some of the data needs attention/ })
  await notice.getByText('Show the details').click()
  assert(
    (await notice.getByText(/Has more than 20 decimal places, more than can be shown/).count()) === 2,
    'both figures are refused, each with a message',
  )
})

test('update: with storage full, typing never throws, the page says the draft is not kept, and it is kept again once there is room', async ({
  page,
  baseUrl,
}) => {
  await page.goto(`${baseUrl}/update`)
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  // Fill the site's storage to the last character it takes.
  const filled = await page.evaluate(() => {
    let low = 0
    let high = 20_000_000
    while (low < high) {
      const mid = Math.ceil((low + high) / 2)
      try {
        localStorage.setItem('filler', 'x'.repeat(mid))
        low = mid
      } catch {
        high = mid - 1
      }
    }
    localStorage.setItem('filler', 'x'.repeat(low))
    return low
  })
  console.log(`    (this Chromium's localStorage took ${(filled / 1e6).toFixed(2)} million characters)`)
  const figure = page
    .getByRole('region', { name: 'Enter Q3 2018-19' })
    .getByRole('group', { name: /^G1 / })
    .getByLabel('Figure', { exact: true })
  await figure.fill('501')
  const alert = page.getByRole('region', { name: 'Enter Q3 2018-19' }).getByRole('alert')
  await alert.waitFor()
  assert(
    /Your draft is not being kept: this browser’s storage is full/.test(await alert.innerText()),
    'the page says the draft is not kept',
  )
  assert((await page.getByText(/kept in this browser at/).count()) === 0, 'and never that it is kept')
  await page.evaluate(() => localStorage.removeItem('filler'))
  await figure.fill('502')
  await page.getByText(/Draft: 1 indicator changed, kept in this browser at/).waitFor()
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('scorecard-update-draft')).state.drafts['2018-19-Q3'].G1.figure)
  assertEqual(stored, '502', 'the draft is in storage again')
  await page.evaluate(() => localStorage.clear())
})

test("update: two tabs see each other's drafts, so neither overwrites the other", async ({ page, baseUrl, context }) => {
  await page.goto(`${baseUrl}/update`)
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  const other = await context.newPage()
  try {
    await other.goto(`${baseUrl}/update`)
    const field = (tab, ref) =>
      tab
        .getByRole('region', { name: 'Enter Q3 2018-19' })
        .getByRole('group', { name: new RegExp(`^${ref.replace('.', '\\.')} `) })
        .getByLabel('Figure', { exact: true })
    await field(page, 'G1').fill('501')
    await until(async () => (await field(other, 'G1').inputValue()) === '501', "the other tab shows this tab's entry")
    await field(other, 'G2').fill('77')
    await page.getByText(/Draft: 2 indicators changed/).waitFor()
    const drafts = await page.evaluate(() => JSON.parse(localStorage.getItem('scorecard-update-draft')).state.drafts['2018-19-Q3'])
    assertEqual(Object.keys(drafts).sort().join(','), 'G1,G2', 'both entries are kept')
  } finally {
    await other.close()
    await page.evaluate(() => localStorage.clear())
  }
})
