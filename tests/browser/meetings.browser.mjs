// For meetings: presentation mode driven by the keyboard alone, the annual
// report, chart exports, and the committee pack printed to PDF.
import { execFileSync } from 'node:child_process'
import { ensureDebianTool } from '../../scripts/lib/debianTools.mjs'
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { assert, assertEqual, expectNoAxeViolations, screenshot, test } from './harness.mjs'

const Q2 = '2018-19-Q2'
const P3_17 = 'Average number of days between placement order and match with adoptive family (A2 national indicator)'
const P3_17_COMMENT =
  'This has been rated as amber as it now exceeds the national target albeit we are substantially better than the national average.'
const OUT_DIR = '.ci-out'

const h1 = (page) => page.getByRole('heading', { level: 1 })
const slideParam = (page) => new URL(page.url()).searchParams.get('slide')
const liveText = (page) => page.locator('.deck [role="status"].visually-hidden').innerText()

/**
 * Runs in the page: true once no chart under `scope` is still loading and
 * every chart figure has its drawing (the chart library loads lazily).
 */
function chartsDrawn(scope) {
  const root = document.querySelector(scope)
  if (!root || root.querySelector('.trend-chart--loading')) return false
  const figures = root.querySelectorAll('figure[role="img"]')
  return figures.length > 0 && [...figures].every((f) => f.querySelector('svg.recharts-surface'))
}

/** Presses a key and waits until the URL shows the expected slide; if it never does, says which key, the slide shown and what had focus. */
async function press(page, key, slide) {
  await page.keyboard.press(key)
  try {
    await page.waitForFunction((n) => new URL(location.href).searchParams.get('slide') === n, String(slide), { timeout: 15_000 })
  } catch (error) {
    const seen = await page.evaluate(() => ({
      slide: new URL(location.href).searchParams.get('slide'),
      focus: `${document.activeElement?.tagName} ${(document.activeElement?.textContent ?? '').trim().slice(0, 40)}`,
    }))
    throw new Error(`${key} should show slide ${slide}; the URL shows slide ${seen.slide}, with focus on ${seen.focus}`, { cause: error })
  }
}

test('presentation: keyboard only, from the deck chooser through a pledge deck and back (WCAG 2.2 AA)', async ({ page, baseUrl }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(`${baseUrl}/present?period=${Q2}`)
  await h1(page).waitFor()
  await expectNoAxeViolations(page, '/present (deck chooser)')
  await screenshot(page, 'present-chooser')

  // Tab to the Pledge 3 deck, checking the focus can always be seen.
  const deckName = 'Priority 3 - Achieving Permanence and Staying Safe'
  let reached = false
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab')
    const focus = await page.evaluate(() => {
      const el = document.activeElement
      const style = el ? getComputedStyle(el) : null
      return { text: el?.textContent ?? '', outline: style?.outlineStyle, width: style?.outlineWidth, inDecks: !!el?.closest('.deck-list') }
    })
    assert(focus.outline !== 'none' && focus.width !== '0px', `focus is visible on "${focus.text.slice(0, 40)}"`)
    reached = focus.inDecks && focus.text === deckName
  }
  assert(reached, 'the Pledge 3 deck link is reachable by Tab')
  await page.keyboard.press('Enter')
  await page.waitForURL(/deck=pledge-3/)
  await page.getByRole('heading', { level: 1, name: /^P3\.1 / }).waitFor()
  assertEqual(await page.getByRole('navigation', { name: 'Main' }).count(), 0, 'the site navigation is hidden while presenting')
  assert((await liveText(page)).startsWith('Slide 1 of 19: P3.1 '), `live region: ${await liveText(page)}`)
  const historyLength = await page.evaluate(() => history.length)

  // Every key a presenter or a clicker sends.
  const steps = [
    ['ArrowRight', 2],
    ['Space', 3],
    ['PageDown', 4],
    ['ArrowDown', 5],
    ['PageUp', 4],
    ['ArrowLeft', 3],
    ['ArrowUp', 2],
    ['Shift+Space', 1],
    ['End', 19],
    ['Home', 1],
  ]
  for (const [key, slide] of steps) await press(page, key, slide)
  await page.keyboard.type('17')
  await page.getByText('Go to slide 17: press Enter').waitFor()
  await press(page, 'Enter', 17)
  await page.getByRole('heading', { level: 1, name: `P3.17 ${P3_17}` }).waitFor()
  assertEqual(await liveText(page), `Slide 17 of 19: P3.17 ${P3_17}`, 'the slide change is announced')
  assertEqual(await page.evaluate(() => history.length), historyLength, 'slide changes replace the URL rather than adding to history')

  const slide = page.getByRole('region', { name: `P3.17 ${P3_17}` })
  await slide.locator('figure[role="img"] svg.recharts-surface').waitFor()
  for (const text of ['128 days', '121 days', 'Amber', 'Up, worsening'])
    assert(await slide.getByText(text, { exact: true }).first().isVisible(), `the slide shows ${text}`)
  assert(await slide.getByText(/^128 days in Q2 2018-19, up from 108 in Q1: worsening;/).isVisible(), 'the one-line summary is shown')
  // Large type for the back of the room; no transitions.
  const sizes = await page.evaluate(() => ({
    title: parseFloat(getComputedStyle(document.querySelector('.slide-title')).fontSize),
    value: parseFloat(getComputedStyle(document.querySelector('.slide-value')).fontSize),
    summary: parseFloat(getComputedStyle(document.querySelector('.slide-summary')).fontSize),
    transitions: [...document.querySelectorAll('.deck *')].filter((el) => parseFloat(getComputedStyle(el).transitionDuration) > 0.001)
      .length,
  }))
  assert(sizes.title >= 32 && sizes.value >= 40 && sizes.summary >= 20, `slide type is large: ${JSON.stringify(sizes)}`)
  assertEqual(sizes.transitions, 0, 'no transitions')
  await screenshot(page, 'present-slide-P3.17')
  await expectNoAxeViolations(page, '/present (slide 17 of pledge 3)')

  // The deck reopens where it was left.
  await page.reload()
  await page.getByRole('heading', { level: 1, name: /^P3\.17 / }).waitFor()
  assertEqual(slideParam(page), '17', 'same slide after reload')

  await page.keyboard.press('Escape')
  await page.getByRole('heading', { level: 1, name: 'Present the scorecard' }).waitFor()
  assertEqual(new URL(page.url()).search, `?period=${Q2}`, 'Esc goes back to the chooser with the period')
})

test('presentation: Full screen works, or says why not, and the deck carries on', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}/present?deck=exceptions&slide=2&period=${Q2}`)
  await h1(page).waitFor()
  await page.getByRole('button', { name: 'Full screen' }).click()
  await page.waitForFunction(() => document.fullscreenElement !== null || document.querySelector('.deck-notice') !== null)
  if (await page.evaluate(() => document.fullscreenElement !== null)) await page.evaluate(() => document.exitFullscreen())
  await page.getByRole('button', { name: 'Next' }).click()
  await page.waitForURL(/slide=3/)
})

test('annual report: year-end figures by pledge, with no axe violations (WCAG 2.2 AA)', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}/annual-report?period=${Q2}`)
  await page.getByRole('heading', { level: 1, name: 'Annual report: Year end 2017-18' }).waitFor()
  // Every chart drawn before axe looks.
  await page.waitForFunction(chartsDrawn, '.annual-report')
  const g2 = page.getByRole('article', { name: /^G2 / })
  assert((await g2.innerText()).includes('64 per 10,000'), 'G2 shows the England comparator')
  assert(
    await page.getByRole('heading', { level: 2, name: 'No year-end figure for Year end 2017-18' }).isVisible(),
    'indicators without year-end figures are listed',
  )
  await screenshot(page, 'annual-report')
  await expectNoAxeViolations(page, '/annual-report')
  await page.emulateMedia({ media: 'print' })
  assert(!(await page.getByRole('button', { name: 'Print the report' }).isVisible()), 'the Print button is not printed')
})

/** The bytes' PNG width and height, from the IHDR chunk. */
function pngSize(bytes) {
  assertEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

test('chart export: PNG at 2× and SVG, named after the authority, indicator ref and period; the export code loads on demand', async ({
  page,
  baseUrl,
}) => {
  const scripts = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
  })
  await page.goto(`${baseUrl}/indicator/P3.17?period=${Q2}`)
  const chart = page.locator('figure[role="img"] svg.recharts-surface').first()
  await chart.waitFor()
  assert(!scripts.some((s) => s.includes('exportChartImage')), 'the export code is not loaded before an export is asked for')
  const chartWidth = Number(await chart.getAttribute('width'))

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG of the P3.17 chart' }).click(),
  ])
  assertEqual(png.suggestedFilename(), `cheshire-east-council_P3.17_${Q2}.png`, 'PNG file name')
  const pngBytes = readFileSync(await png.path())
  mkdirSync(OUT_DIR, { recursive: true })
  writeFileSync(join(OUT_DIR, png.suggestedFilename()), pngBytes)
  const size = pngSize(pngBytes)
  assertEqual(size.width, 2 * Math.max(chartWidth, 480), 'the PNG is twice the size of the chart')
  assert(size.height > 2 * 300, `the PNG is tall enough for the chart, heading and key: ${size.height}`)
  assert(
    scripts.some((s) => s.includes('exportChartImage')),
    'the export code loaded when asked for',
  )
  await page.getByText(`Saved cheshire-east-council_P3.17_${Q2}.png.`).waitFor()

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG of the P3.17 chart' }).click(),
  ])
  assertEqual(svg.suggestedFilename(), `cheshire-east-council_P3.17_${Q2}.svg`, 'SVG file name')
  const text = readFileSync(await svg.path(), 'utf8')
  assert(text.startsWith('<?xml') && text.includes('<svg xmlns="http://www.w3.org/2000/svg"'), 'a standalone SVG file')
  for (const part of [
    `P3.17 ${P3_17.split(' ').slice(0, 6).join(' ')}`,
    'Cheshire East Council · Q2 2018-19',
    'Target 121 days',
    'England average: 226 days (period not stated)',
  ]) {
    assert(text.includes(part), `the SVG includes "${part}"`)
  }
  assert(!/var\(--|<script|<foreignObject/.test(text), 'the SVG needs nothing from the page')
  writeFileSync(join(OUT_DIR, svg.suggestedFilename()), text)
})

/** pdftotext from poppler-utils, installed when missing as Chromium is. */
function findPdftotext() {
  if (ensureDebianTool('pdftotext', 'poppler-utils')) return 'pdftotext'
  throw new Error('pdftotext is needed to read the printed pack: install it (as root: apt-get install -y poppler-utils).')
}

test('print pack: prints to an A4 landscape PDF with a sane page count, page numbers, and P3.17 with its commentary', async ({
  page,
  baseUrl,
}) => {
  await page.goto(`${baseUrl}/print?period=${Q2}`)
  await page.getByRole('heading', { level: 1, name: /Q2 2018-19/ }).waitFor()
  const cards = await page.locator('.pack-card').count()
  // 67 with a Q2 entry and the 13 health indicators at their latest figures from 2017-18, labelled as such.
  assertEqual(cards, 80, 'one card per indicator with an entry by Q2')
  await page.waitForFunction(chartsDrawn, '.print-pack')
  await expectNoAxeViolations(page, '/print')

  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true })
  mkdirSync(OUT_DIR, { recursive: true })
  const pdfPath = join(OUT_DIR, 'committee-pack.pdf')
  writeFileSync(pdfPath, pdf)

  const raw = pdf.toString('latin1')
  const pages = (raw.match(/\/Type\s*\/Page[^s]/g) ?? []).length
  // Cover, the scorecard (a few pages) and two or three cards a page.
  assert(
    pages >= 1 + Math.ceil(cards / 3) && pages <= 5 + Math.ceil(cards / 2),
    `page count is sane: ${pages} pages for ${cards} indicators`,
  )
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(raw)
  assert(
    box && Math.abs(Number(box[1]) - 841.9) < 2 && Math.abs(Number(box[2]) - 595.3) < 2,
    `pages are A4 landscape: ${box?.slice(1).join(' × ')}`,
  )

  const text = execFileSync(findPdftotext(), [pdfPath, '-'], { encoding: 'utf8' })
  const pageTexts = text.split('\f').map((t) => t.replace(/\s+/g, ' '))
  const all = pageTexts.join(' ')
  assert(all.includes(`P3.17 ${P3_17}`), 'the PDF has P3.17’s title')
  assert(all.includes(P3_17_COMMENT), 'the PDF has P3.17’s commentary')
  // The card is not split: its title, figures, summary and commentary are on one page.
  const cardPage = pageTexts.find((t) => t.includes(`P3.17 ${P3_17}`) && t.includes(P3_17_COMMENT))
  assert(cardPage, 'P3.17’s title and commentary are on the same page')
  for (const part of [
    '128 days in Q2 2018-19, up from 108 in Q1',
    'Source: Corporate Parenting Committee agenda pack, 22 January 2019, page 62',
    'Amber',
  ])
    assert(cardPage.includes(part), `the P3.17 card page has "${part}"`)
  // The pack uses its pages (issue 14, item 9): no page holds less than a fifth of the fullest page's text
  // (before: 50 pages, the last with 14%; cards of a section now flow on rather than each section forcing a new page).
  const printed = pageTexts.slice(0, pages).map((t) => t.trim().length)
  const fullest = Math.max(...printed)
  const nearBlank = printed.flatMap((n, i) => (n < 0.2 * fullest ? [`page ${i + 1} (${n} characters)`] : []))
  writeFileSync(
    join(OUT_DIR, 'committee-pack-pages.txt'),
    pageTexts
      .slice(0, pages)
      .map((t, i) => `page ${i + 1}: ${t.trim()}`)
      .join('\n\n'),
  )
  assertEqual(nearBlank, [], `no near-blank page (the fullest has ${fullest} characters)`)
  assert(!/\bdoc \d{3}\b|\bline \d{3,}/.test(all), 'the printed pack names sources as documents and pages, not document ids and lines')
  // Cover and page numbers.
  assert(
    pageTexts[0].includes('Cheshire East Council') &&
      pageTexts[0].includes('Q2 2018-19') &&
      pageTexts[0].includes('56 indicators have a figure for Q2 2018-19.'),
    'the cover has the authority, period and summary',
  )
  assert(pageTexts[0].includes(`Page 1 of ${pages}`) && pageTexts[pages - 1].includes(`Page ${pages} of ${pages}`), 'pages are numbered')
  console.log(`    committee pack: ${pages} pages, ${pdfPath}`)
})
