// The scorecard table fits a laptop and an iPad (issue "What a committee
// member meets", item 4), at the viewports where it was seen: at 1366×768
// P3.17's latest figure, RAG and direction are on screen without sideways
// scrolling (the table was 2,540 px wide in a 1,246 px box), ref and indicator
// stay in view when it scrolls sideways, and at least 12 rows show at once;
// at 820×1180 the same columns fit; on a 390×844 phone each card is at most a
// screen high, with the latest figure, RAG, direction and target first.
import { assert, assertEqual, expectNoAxeViolations, screenshot, test } from './harness.mjs'

const LAPTOP = { width: 1366, height: 768 }
const IPAD = { width: 820, height: 1180 }
const PHONE = { width: 390, height: 844 }

/** The table, scrolled so its box fills the window, as a person reading it would. */
async function openTable(page, baseUrl, viewport) {
  await page.setViewportSize(viewport)
  await page.goto(`${baseUrl}/scorecard`)
  await page.getByRole('table', { name: /as at/ }).waitFor()
  await page.evaluate(() => document.querySelector('.scorecard-scroll').scrollIntoView({ block: 'start' }))
}

/** Sizes of the scrolling box and its table, and where P3.17's cells are against the box and the window. */
const measure = (page) =>
  page.evaluate(() => {
    const box = document.querySelector('.scorecard-scroll')
    const boxRect = box.getBoundingClientRect()
    const headers = [...box.querySelectorAll('thead th')].map((th) => th.textContent.replace(/[▲▼↕]/g, '').trim())
    const row = [...box.querySelectorAll('tbody th[scope="row"]')].find((th) => th.textContent.trim() === 'P3.17').closest('tr')
    const cell = (label) => row.cells[headers.indexOf(label)].getBoundingClientRect()
    const chosen = box.querySelector('thead th.col-chosen')?.textContent.replace(/[▲▼↕]/g, '').trim()
    const visibleRight = Math.min(boxRect.left + box.clientWidth, window.innerWidth)
    const visibleBottom = Math.min(boxRect.top + box.clientHeight, window.innerHeight)
    const headerBottom = box.querySelector('thead').getBoundingClientRect().bottom
    const rows = [...box.querySelectorAll('tbody tr.scorecard-row')]
    const fullyVisible = rows.filter((r) => {
      const rect = r.getBoundingClientRect()
      return rect.top >= headerBottom - 1 && rect.bottom <= visibleBottom + 1
    }).length
    return {
      tableWidth: Math.round(box.querySelector('table').getBoundingClientRect().width),
      boxWidth: box.clientWidth,
      scrollWidth: box.scrollWidth,
      chosen,
      rights: Object.fromEntries([chosen, 'RAG', 'Direction of travel', 'Target'].map((l) => [l, Math.round(cell(l).right)])),
      visibleRight: Math.round(visibleRight),
      rowsVisible: fullyVisible,
      boxLeft: Math.round(boxRect.left),
    }
  })

/** The latest figure, RAG and direction of P3.17 are inside the box and the window, with no sideways scroll. */
function assertLatestOnScreen(m, where) {
  assert(m.chosen, `${where}: the chosen quarter's column is marked`)
  for (const [label, right] of Object.entries(m.rights))
    if (label !== 'Target') assert(right <= m.visibleRight, `${where}: P3.17's ${label} ends at ${right} px, inside ${m.visibleRight} px`)
}

test('table at 1366×768: P3.17’s latest figure, RAG and direction on screen, ref and indicator stay in view, 12 or more rows', async ({
  page,
  baseUrl,
}) => {
  await openTable(page, baseUrl, LAPTOP)
  const m = await measure(page)
  console.log(
    `    1366×768: table ${m.tableWidth} px in a ${m.boxWidth} px box (scrolls to ${m.scrollWidth}); ${m.rowsVisible} rows visible`,
  )
  assertLatestOnScreen(m, '1366×768')
  assert(m.rights.Target <= m.visibleRight, `1366×768: the target is on screen too (${m.rights.Target} px)`)
  assert(m.rowsVisible >= 12, `at least 12 rows are visible at once (${m.rowsVisible})`)
  await screenshot(page, 'table-1366')

  // Scrolled sideways, ref and indicator stay at the box's left edge.
  const sticky = await page.evaluate(() => {
    const box = document.querySelector('.scorecard-scroll')
    box.scrollLeft = 400
    const ref = box.querySelector('tbody th[scope="row"]').getBoundingClientRect()
    const title = box.querySelector('tbody td.col-title').getBoundingClientRect()
    return { scrolled: box.scrollLeft, left: box.getBoundingClientRect().left, ref: ref.left, title: title.left, refRight: ref.right }
  })
  assert(sticky.scrolled > 0, `the table scrolls sideways for its later columns (${sticky.scrolled} px)`)
  assert(Math.abs(sticky.ref - sticky.left) <= 2, `the ref stays at the box's left edge (${sticky.ref} vs ${sticky.left})`)
  assert(Math.abs(sticky.title - sticky.refRight) <= 2, `the indicator stays beside it (${sticky.title} vs ${sticky.refRight})`)
  await screenshot(page, 'table-1366-scrolled-sideways')
  await page.evaluate(() => (document.querySelector('.scorecard-scroll').scrollLeft = 0))
  await expectNoAxeViolations(page, '/scorecard at 1366×768')
})

test('table at 820×1180: P3.17’s latest figure, RAG and direction on screen without sideways scrolling', async ({ page, baseUrl }) => {
  await openTable(page, baseUrl, IPAD)
  const m = await measure(page)
  console.log(
    `    820×1180: table ${m.tableWidth} px in a ${m.boxWidth} px box (scrolls to ${m.scrollWidth}); ${m.rowsVisible} rows visible`,
  )
  assertLatestOnScreen(m, '820×1180')
  await screenshot(page, 'table-820')
  await expectNoAxeViolations(page, '/scorecard at 820×1180')
})

test('table on a 390×844 phone: each card at most a screen high, latest figure, RAG, direction and target first, the rest behind "More"', async ({
  page,
  baseUrl,
}) => {
  await openTable(page, baseUrl, PHONE)
  // Cards far below are not laid out until they near the window (content-visibility), and come when scrolled to.
  const lastLaidOut = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('tbody tr.scorecard-row')].at(-1).firstElementChild.checkVisibility({ contentVisibilityAuto: true }),
    )
  assertEqual(await lastLaidOut(), false, 'the last card is not laid out while the page is at its top')
  // Each card measured while it is laid out (a skipped card is only its placeholder's height).
  const cards = await page.evaluate(async () => {
    const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    const measured = []
    for (const r of document.querySelectorAll('tbody tr.scorecard-row')) {
      if (!r.firstElementChild.checkVisibility({ contentVisibilityAuto: true })) {
        r.scrollIntoView()
        await twoFrames()
      }
      measured.push({
        ref: r.querySelector('th[scope="row"]').textContent.trim(),
        height: Math.round(r.getBoundingClientRect().height),
        shown: [...r.children].filter((c) => getComputedStyle(c).display !== 'none').map((c) => c.dataset.label),
        laidOut: r.firstElementChild.checkVisibility({ contentVisibilityAuto: true }),
      })
    }
    scrollTo(0, 0)
    return measured
  })
  assertEqual(
    cards.filter((c) => !c.laidOut).map((c) => c.ref),
    [],
    'every card was laid out once scrolled to, and measured then',
  )
  const tallest = cards.reduce((a, b) => (b.height > a.height ? b : a))
  console.log(`    390×844: ${cards.length} cards, tallest ${tallest.ref} at ${tallest.height} px`)
  assert(tallest.height <= PHONE.height, `every card is at most a screen high (${tallest.ref} is ${tallest.height} px)`)
  const p317 = cards.find((c) => c.ref === 'P3.17')
  assertEqual(
    p317.shown,
    ['Ref', 'Indicator', 'Q2 2018-19', 'RAG', 'Direction of travel', 'Target', 'More'],
    'a card shows the latest figure, RAG, direction and target, then "More"',
  )
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'P3.17', exact: true }) })
  await row.getByText('More about P3.17').click()
  await row.getByRole('definition').filter({ hasText: 'Low is good' }).waitFor()
  await screenshot(page, 'table-390')
  await expectNoAxeViolations(page, '/scorecard at 390×844')
})

test('phone navigation: the header is short, "Menu" opens every page, choosing one closes it', async ({ page, baseUrl }) => {
  await page.setViewportSize(PHONE)
  await page.goto(`${baseUrl}/`)
  await page.getByRole('heading', { level: 1 }).waitFor()
  const header = await page.evaluate(() => Math.round(document.querySelector('.site-header').getBoundingClientRect().height))
  // The ten links took five rows (343 px) above every page.
  assert(header <= 180, `the header is ${header} px high on a phone`)
  const nav = page.getByRole('navigation', { name: 'Main' })
  assertEqual(await nav.getByRole('link', { name: 'Scorecard' }).isVisible(), false, 'the links wait behind Menu')
  await nav.getByRole('button', { name: 'Menu' }).click()
  assertEqual(await nav.getByRole('link', { name: 'Update' }).isVisible(), true, 'Menu shows the links')
  await expectNoAxeViolations(page, 'phone menu open')
  await screenshot(page, 'phone-menu-open')
  await nav.getByRole('link', { name: 'Scorecard' }).click()
  await page.getByRole('heading', { level: 1, name: /scorecard/i }).waitFor()
  assertEqual(await nav.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded'), 'false', 'choosing a page closes the menu')
})

test('search: the table follows each keystroke; a row opened straight after typing comes back with the search on Back', async ({
  page,
  baseUrl,
}) => {
  await openTable(page, baseUrl, LAPTOP)
  const rowRefs = () => page.locator('main table tbody th[scope="row"]').allInnerTexts()
  const search = page.getByRole('searchbox', { name: 'Search indicators' })
  await search.pressSequentially('adopt')
  // At once, before the URL has it: the rows already match.
  const refs = await rowRefs()
  assert(refs.length > 0 && refs.length < 80, `the table is filtered as typed: ${refs.length} rows`)
  // Straight to a row, within the pause before the URL is written: leaving the box writes it.
  await page.locator('main table tr.scorecard-row').first().getByRole('link').first().click()
  await page.waitForURL(/\/indicator\//)
  await page.goBack()
  await page.getByRole('table', { name: /as at/ }).waitFor()
  assertEqual(new URL(page.url()).searchParams.get('q'), 'adopt', 'the search is in the entry Back returns to')
  assertEqual(await search.inputValue(), 'adopt', 'the box shows it again')
  assertEqual(await rowRefs(), refs, 'the same rows')
})
