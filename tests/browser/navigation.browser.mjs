// Navigation (issue "What a committee member meets", item 1), on a
// 1366×768 laptop where it was seen: a page opened from a link starts at its
// top with its heading focused; Back returns to where the person was, with
// the link they used in focus; "Back to …" names the page they came from.
import { assert, assertEqual, expectNoAxeViolations, screenshot, test } from './harness.mjs'

const LAPTOP = { width: 1366, height: 768 }
const P44 = /^P4\.4 /

/** Where the window is scrolled, and what has focus. */
const where = (page) =>
  page.evaluate(() => {
    const el = document.activeElement
    return {
      y: Math.round(window.scrollY),
      focus: el ? `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 60)}` : '',
      focusTabIndex: el?.getAttribute('tabindex') ?? null,
    }
  })

/** Waits for the scroll position to settle (a page may restore over a few frames). */
async function settled(page) {
  let last = await where(page)
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100)
    const now = await where(page)
    if (now.y === last.y && now.focus === last.focus) return now
    last = now
  }
  return last
}

/** The overview scrolled 2,600 px down, where the health indicators' exceptions are; the P4.4 link in view. */
async function scrolledOverview(page, baseUrl) {
  await page.goto(`${baseUrl}/`)
  await page.getByRole('heading', { level: 1 }).waitFor()
  await page.evaluate(() => window.scrollTo(0, 2600))
  const link = page.getByRole('region', { name: /What needs attention/ }).getByRole('link', { name: P44 })
  await link.scrollIntoViewIfNeeded()
  const y = (await settled(page)).y
  assert(y >= 1000, `the overview is scrolled well down before P4.4 is opened (${y} px)`)
  return { link, y }
}

test('navigation at 1366×768: P4.4 from the scrolled overview opens at its top with its heading focused; Back returns to the link', async ({
  page,
  baseUrl,
}) => {
  await page.setViewportSize(LAPTOP)
  const { link, y } = await scrolledOverview(page, baseUrl)
  await link.click()
  const heading = page.getByRole('heading', { level: 1, name: /P4\.4/ })
  await heading.waitFor()
  const opened = await settled(page)
  assertEqual(opened.y, 0, 'P4.4 opens at the top of the page (it opened 1,597–1,928 px down, at "Source documents")')
  assert(opened.focus.startsWith('h1 P4.4'), `focus is on the page's heading, not <main>: ${opened.focus}`)
  assertEqual(opened.focusTabIndex, '-1', 'the heading takes focus from script only, not from Tab')
  const back = page.getByRole('link', { name: /^Back to / })
  assertEqual(await back.innerText(), 'Back to what needs attention', '"Back to …" names the part of the overview P4.4 was opened from')
  await page.locator('figure[role="img"] svg').first().waitFor()
  await screenshot(page, 'navigation-P4.4-opened-1366')
  await expectNoAxeViolations(page, '/indicator/P4.4 opened from the overview')

  // The next indicator also starts at its top, and still leads back to where the person started.
  await page.getByRole('link', { name: /Next indicator/ }).click()
  await page.getByRole('heading', { level: 1, name: /P4\.5/ }).waitFor()
  const next = await settled(page)
  assertEqual(next.y, 0, '"Next indicator" opens at the top (it opened 1,769 px down)')
  assert(next.focus.startsWith('h1 P4.5'), `focus is on P4.5's heading: ${next.focus}`)
  assertEqual(await back.innerText(), 'Back to what needs attention', 'the next indicator still names the overview')

  // Browser Back twice: P4.4, then the overview where it was, with the P4.4 link focused.
  await page.goBack()
  await heading.waitFor()
  await page.goBack()
  await page.getByRole('heading', { level: 1, name: /^How are we doing/ }).waitFor()
  const returned = await settled(page)
  assert(Math.abs(returned.y - y) <= 2, `Back returns to ${y} px down the overview, not ${returned.y}`)
  assert(returned.focus.startsWith('a P4.4'), `focus is back on the P4.4 link: ${returned.focus}`)

  // "Back to what needs attention" does the same as the browser's Back, from two pages on.
  await link.click()
  await heading.waitFor()
  await page.getByRole('link', { name: /Next indicator/ }).click()
  await page.getByRole('heading', { level: 1, name: /P4\.5/ }).waitFor()
  await back.click()
  await page.getByRole('heading', { level: 1, name: /^How are we doing/ }).waitFor()
  const viaLink = await settled(page)
  assert(Math.abs(viaLink.y - y) <= 2, `"Back to what needs attention" returns to ${y} px down, not ${viaLink.y}`)
  assert(viaLink.focus.startsWith('a P4.4'), `focus is on the link the person left by, P4.4's: ${viaLink.focus}`)
  await expectNoAxeViolations(page, '/ after Back')
})

test('navigation at 1366×768: "Back to scorecard" from the table and from a page opened directly; a filter change moves nothing', async ({
  page,
  baseUrl,
}) => {
  await page.setViewportSize(LAPTOP)
  await page.goto(`${baseUrl}/scorecard?section=pledge-3`)
  const table = page.getByRole('table', { name: /as at/ })
  await table.waitFor()
  // A filter is a change within the page: no jump to the top, focus stays on the control.
  await page.evaluate(() => window.scrollTo(0, 300))
  const rag = page.getByRole('combobox', { name: 'RAG' })
  await rag.focus()
  await rag.selectOption('amber')
  await page.waitForURL(/rag=amber/)
  const filtered = await settled(page)
  // Where it was, unless fewer rows leave the page too short to be scrolled that far.
  const furthest = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)
  assertEqual(filtered.y, Math.min(300, furthest), 'choosing a filter leaves the page where it was')
  assert(filtered.y > 0, 'and not at the top')
  assert(filtered.focus.startsWith('select'), `focus stays on the filter: ${filtered.focus}`)

  const p317 = table.getByRole('link', { name: /^Average number of days between placement order/ })
  await p317.scrollIntoViewIfNeeded()
  const before = (await settled(page)).y
  await p317.click()
  await page.getByRole('heading', { level: 1, name: /P3\.17/ }).waitFor()
  assertEqual(await page.getByRole('link', { name: /^Back to / }).innerText(), 'Back to scorecard', 'names the table')
  assertEqual((await settled(page)).y, 0, 'P3.17 opens at its top')
  await page.getByRole('link', { name: 'Back to scorecard' }).click()
  await table.waitFor()
  assertEqual(new URL(page.url()).search, '?section=pledge-3&rag=amber', 'back to the table with its filters')
  const back = await settled(page)
  assertEqual(back.y, before, 'back to the table where it was')
  assert(back.focus.startsWith('a Average number of days'), `focus is back on the P3.17 link: ${back.focus}`)

  // Opened directly (a bookmark): "Back to scorecard" is a link to the table at the same period.
  await page.goto(`${baseUrl}/indicator/P4.4?period=2018-19-Q1`)
  await page.getByRole('heading', { level: 1, name: /P4\.4/ }).waitFor()
  const direct = page.getByRole('link', { name: /^Back to / })
  assertEqual(await direct.innerText(), 'Back to scorecard', 'a page opened directly goes back to the scorecard')
  assertEqual(await direct.getAttribute('href'), '/scorecard?period=2018-19-Q1', 'at the period the page shows')
  assert(!(await where(page)).focus.startsWith('h1'), 'the first load leaves focus where the browser put it')
})
