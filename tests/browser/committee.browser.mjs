// What a committee member meets (issue 14), items 7, 8 and 9, each at the
// viewport where it was seen: the committee's views speak plainly, with the
// transcription detail kept for analysts behind a disclosure (an iPad,
// 820×1180); the overview answers a councillor's three questions (a 1366×768
// laptop); the print pack's preview keeps its headers whole on a phone and a
// laptop, with the same column widths in every section (the printed PDF is
// measured in meetings.browser.mjs).
import { assert, assertEqual, expectNoAxeViolations, screenshot, test } from './harness.mjs'

const Q2 = '2018-19-Q2'
const IPAD = { width: 820, height: 1180 }
const LAPTOP = { width: 1366, height: 768 }
const PHONE = { width: 390, height: 844 }

/** Transcription detail that must not be in a committee member's line of sight. */
const JARGON = [
  [/\bdoc \d{3}\b/, 'a document id ("doc 004")'],
  [/\bline \d+/, 'a line number'],
  [/\\[a-z]+/, 'a raw glyph such as \\checkmark'],
  [/read as cannot be read/, '"read as cannot be read"'],
  [/Transcription:/, 'a transcription note'],
  [/_[0-9a-f]{16}\.txt/, 'a source file name'],
]

/** What the page shows (a closed <details> is not rendered, so its text is not in innerText). */
async function expectPlain(page, where) {
  const seen = await page.locator('main').innerText()
  for (const [pattern, what] of JARGON) {
    const found = pattern.exec(seen)
    assert(!found, `${where} shows ${what}: "…${found ? seen.slice(Math.max(0, found.index - 60), found.index + 40) : ''}…"`)
  }
}

const notesDisclosure = (page) => page.locator('details', { has: page.locator('summary', { hasText: 'Source and transcription notes' }) })

test('item 7: the indicator page, overview, pack and slides speak plainly; the transcription detail is behind "Source and transcription notes" (820×1180)', async ({
  page,
  baseUrl,
}) => {
  await page.setViewportSize(IPAD)
  const pages = [
    { ref: 'P3.17', line: 1237, page: 62, printed: 'rated as amber' },
    { ref: 'P4.4', line: 1247, page: 63, printed: '\\checkmark' },
  ]
  for (const p of pages) {
    await page.goto(`${baseUrl}/indicator/${p.ref}?period=${Q2}`)
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${p.ref.replace('.', '\\.')} `) }).waitFor()
    await page.locator('figure[role="img"] svg.recharts-surface').first().waitFor()
    await expectPlain(page, `/indicator/${p.ref}`)
    // Sources are named as documents a person knows, with the page.
    const commentary = page.getByRole('region', { name: 'Commentary' })
    const named = `Corporate Parenting Committee agenda pack, 22 January 2019, page ${p.page}`
    assert((await commentary.innerText()).includes(named), `${p.ref}'s commentary names its source as "${named}"`)
    // The analyst's detail is one click away, and only there.
    const notes = notesDisclosure(page)
    assertEqual(await notes.count(), 1, `${p.ref} has one "Source and transcription notes" disclosure`)
    assert(!(await notes.evaluate((d) => d.open)), 'the disclosure starts closed')
    await notes.locator('summary').click()
    const detail = await notes.innerText()
    for (const part of [`doc 004 line ${p.line}`, p.printed, '004_330a9463a0551b28.txt'])
      assert(detail.includes(part), `${p.ref}'s notes give "${part}"`)
    await screenshot(page, `committee-indicator-${p.ref}-notes-open`)
    await expectNoAxeViolations(page, `/indicator/${p.ref} with its notes open`)
  }

  for (const [route, ready] of [
    ['/', page.getByRole('heading', { level: 1 })],
    ['/print', page.getByRole('heading', { level: 1, name: /Q2 2018-19/ })],
    ['/present?deck=pledge-4&slide=4', page.getByRole('heading', { level: 1, name: /^P4\.4 / })],
  ]) {
    await page.goto(`${baseUrl}${route}${route.includes('?') ? '&' : '?'}period=${Q2}`)
    await ready.waitFor()
    await expectPlain(page, route)
  }
})

/** The number in "(n)" at the end of a heading. */
const countIn = (heading) => Number(/\((\d+)\)$/.exec(heading.trim())?.[1] ?? NaN)

test('item 8: the overview answers red, what got worse and how we compare, with an "as at" line and the rating rules (1366×768)', async ({
  page,
  baseUrl,
}) => {
  await page.setViewportSize(LAPTOP)
  await page.goto(`${baseUrl}/?period=${Q2}`)
  await page.getByRole('heading', { level: 1, name: 'How are we doing in Q2 2018-19?' }).waitFor()

  const asAt = 'Figures to 30 September 2018, for the committee of 22 January 2019.'
  assert(await page.getByText(asAt, { exact: true }).isVisible(), `the overview says "${asAt}"`)

  // The rating rules, always there, worded from the rules the engine applies.
  const rules = page.locator('details', { has: page.locator('summary', { hasText: 'What the ratings mean' }) })
  await rules.locator('summary').click()
  const rulesText = await rules.innerText()
  for (const part of ['Red', 'Amber', 'Green', 'Not rated', 'better than the England average', 'no numeric target'])
    assert(rulesText.includes(part), `the rating rules say "${part}": ${rulesText}`)
  await rules.locator('summary').click()

  // Red: one card each with the figure, target, comparators and the commentary's first sentence; RAG once.
  const red = page.getByRole('region', { name: /^Red \(\d+\)$/ })
  const redCount = countIn(await red.getByRole('heading').first().innerText())
  const cards = red.getByRole('listitem')
  assertEqual(await cards.count(), redCount, 'one card per red indicator')
  assertEqual(redCount, 9, 'nine indicators are red at Q2 2018-19')
  for (let i = 0; i < redCount; i++) {
    const card = cards.nth(i)
    const text = await card.innerText()
    assertEqual(await card.locator('.rag-badge').count(), 1, `the rating is shown once on "${text.slice(0, 30)}"`)
    assert(/Target/.test(text), `the card gives the target: ${text}`)
    assert(/England|neighbours|No England or neighbour figure/.test(text), `the card says how it compares: ${text}`)
  }
  const p26 = await red.getByRole('listitem').filter({ hasText: 'P2.6' }).innerText()
  for (const part of [
    '18%',
    'Target 9%',
    'The Virtual School Head meets with advisors every 2 weeks to review all children below 90% this includes analysing data for exclusions due to impact on attendance.',
  ])
    assert(p26.includes(part), `P2.6's card has "${part}": ${p26}`)
  assert(!p26.includes('Actions and targets are in place'), 'only the first sentence of the commentary is on the card')
  // The red cards fit one laptop screen.
  await red.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  const box = await red.boundingBox()
  assert(box && box.height <= LAPTOP.height, `the red cards fit one screen: ${Math.round(box?.height ?? 0)} px high`)
  await page.screenshot({ path: '.ci-out/screenshots/committee-overview-red-1366.png' })

  // What got worse: the summary and the list count the same indicators.
  const brief = await page.getByRole('region', { name: 'In brief' }).innerText()
  const worsened = Number(/(\d+) (?:has|have) worsened/.exec(brief)?.[1] ?? NaN)
  const worse = page.getByRole('region', { name: /^Worse since the previous figure \(\d+\)$/ })
  const worseCount = countIn(await worse.getByRole('heading').first().innerText())
  assertEqual(worseCount, worsened, 'the summary and the list of what got worse give one count')
  assertEqual(await worse.getByRole('listitem').count(), worseCount, 'the list holds as many as its heading says')
  assert(
    (await worse.innerText()).includes('P2.6'),
    'a red indicator that worsened is in the list of what got worse too (each list answers its own question)',
  )

  // Newly red is its own list.
  const newlyRed = page.getByRole('region', { name: /^Newly red since Q1 2018-19 \(\d+\)$/ })
  const newlyCount = countIn(await newlyRed.getByRole('heading').first().innerText())
  assertEqual(await newlyRed.getByRole('listitem').count(), newlyCount, 'the newly red list holds as many as its heading says')

  // How we compare: the summary and the section say it, and the DfE's published figures are added.
  assert(/England/.test(brief) && /compar|better|worse/.test(brief), `the summary says how we compare: ${brief}`)
  const compare = page.getByRole('region', { name: /^How we compare/ })
  await compare.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await compare.getByText(/^The DfE’s published figures/).waitFor()
  const g2 = await compare.getByRole('listitem').filter({ hasText: 'G2' }).first().innerText()
  assert(g2.includes('England average 64 per 10,000'), `G2 gives the paper's England average: ${g2}`)
  assert(/DfE.*31 March 2018/.test(g2), `G2 gives the DfE's published figure for 31 March 2018: ${g2}`)
  await screenshot(page, 'committee-overview-1366')
  await expectNoAxeViolations(page, '/ at 1366×768')
})

/** Runs in the page: every header cell of the pack's tables shows its whole text inside its scroll box. */
function clippedHeaders() {
  const clipped = []
  for (const th of document.querySelectorAll('.print-pack thead th')) {
    const box = th.closest('.pack-table-scroll') ?? th.closest('table')
    const r = th.getBoundingClientRect()
    const b = box.getBoundingClientRect()
    if (th.scrollWidth > th.clientWidth + 1 || r.right > b.right + 1 || r.left < b.left - 1) clipped.push(th.textContent.trim())
  }
  return clipped
}

/** Runs in the page: rating badges and directions wider than their cell (they ran into the next column). */
function overflowingCells() {
  const out = []
  for (const el of document.querySelectorAll('.pack-table tbody .rag-badge, .pack-table tbody .direction')) {
    const cell = el.closest('td, th').getBoundingClientRect()
    const r = el.getBoundingClientRect()
    if (r.right > cell.right + 1 || r.left < cell.left - 1)
      out.push(`${el.closest('tr').querySelector('th').textContent} ${el.textContent}`)
  }
  return out
}

/** Runs in the page: cells of the pack's tables whose text is wider than the cell ("development" into "No target"). */
function overflowingText() {
  return [...document.querySelectorAll('.pack-table td, .pack-table th')]
    .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
    .map((cell) => `${cell.closest('tr').querySelector('th').textContent}: ${cell.textContent.trim().slice(0, 30)}`)
}

/** Runs in the page: each column's width in every scorecard table of the pack. */
function columnWidths() {
  return [...document.querySelectorAll('.pack-table')].map((t) =>
    [...t.querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().width)),
  )
}

test('item 9: the print pack preview keeps every header whole and every section’s columns the same width (390×844, 820×1180, 1366×768)', async ({
  page,
  baseUrl,
}) => {
  for (const viewport of [PHONE, IPAD, LAPTOP]) {
    await page.setViewportSize(viewport)
    await page.goto(`${baseUrl}/print?period=${Q2}`)
    await page.getByRole('heading', { level: 1, name: /Q2 2018-19/ }).waitFor()
    const clipped = await page.evaluate(clippedHeaders)
    assertEqual(clipped, [], `no header is clipped at ${viewport.width}×${viewport.height}`)
    const widths = await page.evaluate(columnWidths)
    for (const [i, w] of widths.entries())
      assert(
        w.length === widths[0].length && w.every((x, j) => Math.abs(x - widths[0][j]) <= 1),
        `section ${i + 1}'s columns are as wide as the first section's at ${viewport.width}: ${w.join(',')} against ${widths[0].join(',')}`,
      )
    assertEqual(await page.evaluate(overflowingCells), [], `no rating or direction runs out of its cell at ${viewport.width}`)
    assertEqual(await page.evaluate(overflowingText), [], `no word runs out of its cell into the next at ${viewport.width}`)
    await page.screenshot({ path: `.ci-out/screenshots/committee-print-preview-${viewport.width}.png` })
  }
  // As printed: A4 landscape less the pack's 12 mm margins (273 × 190 mm at 96 px an inch), print styles.
  await page.emulateMedia({ media: 'print' })
  await page.setViewportSize({ width: 1032, height: 718 })
  assertEqual(await page.evaluate(overflowingCells), [], 'no rating or direction runs out of its cell as printed')
  await page.emulateMedia({ media: 'screen' })
  await page.setViewportSize(LAPTOP)
  await expectNoAxeViolations(page, '/print at 1366×768')
})

/** Runs in the page: captions of tables in a sideways-scrolling box that run past the box's visible edge (cut off mid-word). */
function cutCaptions() {
  const cut = []
  for (const caption of document.querySelectorAll('main caption')) {
    let box = caption.closest('table').parentElement
    while (box && box !== document.body && getComputedStyle(box).overflowX === 'visible') box = box.parentElement
    if (!box || box === document.body) continue
    if (caption.getBoundingClientRect().right > box.getBoundingClientRect().right + 1) cut.push(caption.textContent.trim().slice(0, 60))
  }
  return cut
}

test('a table wider than its box keeps its caption whole in view: the overview on a phone, the scorecard on an iPad (390×844, 820×1180)', async ({
  page,
  baseUrl,
}) => {
  for (const [path, viewport, table] of [
    ['/', PHONE, 'Ratings and direction of travel by section'],
    ['/scorecard', IPAD, /^Corporate Parenting Scorecard 2018-19 as at/],
  ]) {
    await page.setViewportSize(viewport)
    await page.goto(`${baseUrl}${path}?period=${Q2}`)
    await page.getByRole('table', { name: table }).first().waitFor()
    assertEqual(await page.evaluate(cutCaptions), [], `no caption runs past its scroll box on ${path} at ${viewport.width}`)
  }
})

test('a heading keeps its period whole on a phone, and a column header on an iPad: "2018-19" is never broken at its hyphen (390×844, 820×1180)', async ({
  page,
  baseUrl,
}) => {
  await page.setViewportSize(PHONE)
  for (const path of ['/', '/scorecard', '/annual-report']) {
    await page.goto(`${baseUrl}${path}?period=${Q2}`)
    const heading = page.getByRole('heading', { level: 1 })
    await heading.waitFor()
    // The period's text, as laid out: one line box, wherever the heading wraps.
    const lines = await heading.evaluate((h) => {
      const node = [...h.querySelectorAll('*'), h]
        .flatMap((e) => [...e.childNodes])
        .find((n) => n.nodeType === 3 && /\d{4}-\d{2}/.test(n.data))
      if (!node) return -1
      const range = document.createRange()
      range.selectNodeContents(node)
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
    })
    assertEqual(lines, 1, `the period in ${path}'s heading is on one line`)
  }
  // The same for the table's column headers on an iPad, where they wrap ("Year end" / "2017-18").
  await page.setViewportSize(IPAD)
  await page.goto(`${baseUrl}/scorecard?period=${Q2}`)
  await page.getByRole('table', { name: /^Corporate Parenting Scorecard 2018-19 as at/ }).waitFor()
  const broken = await page.evaluate(() => {
    const out = []
    for (const th of document.querySelectorAll('.scorecard-table thead th')) {
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!/\d{4}-\d{2}/.test(node.data)) continue
        const range = document.createRange()
        range.selectNodeContents(node)
        if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) out.push(th.textContent)
      }
    }
    return out
  })
  assertEqual(broken, [], 'no column header breaks a year at its hyphen at 820')
})
