// Slides on a projector and a tablet (issue 14, item 5): every slide of every
// deck fits a 1366×768 laptop and a 1024×768 projector without scrolling, no
// text on a slide is cut off, a slide's PNG keeps its whole title, swipe moves
// between slides, and Esc returns to the chooser with the period kept.
import { readFileSync } from 'node:fs'
import { assert, assertEqual, expectNoAxeViolations, screenshot, test } from './harness.mjs'

const Q2 = '2018-19-Q2'
const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
]
// A hand-picked deck: long titles, an indicator with no Q2 entry (shown at its latest, with a notice), long series.
const CUSTOM_REFS = ['P3.17', 'G1', 'P5.3', 'H9', 'P3.16']

/** Runs in the page: true once the slide's chart has drawn (or says there is nothing to draw). */
function slideReady(n) {
  if (new URL(location.href).searchParams.get('slide') !== n) return false
  const slide = document.querySelector('.slide')
  if (!slide || slide.querySelector('.trend-chart--loading')) return false
  return Boolean(slide.querySelector('svg.recharts-surface, .trend-chart--empty, .trend-figure-without-chart'))
}

/** Runs in the page: what does not fit on the slide shown (its height only when `tall` is false: a projector, not a phone). */
function measureSlide(scrolls) {
  const root = document.documentElement
  const problems = []
  if (!scrolls && root.scrollHeight > innerHeight) problems.push(`page is ${root.scrollHeight} px tall in a ${innerHeight} px window`)
  if (root.scrollWidth > innerWidth) problems.push(`page is ${root.scrollWidth} px wide in a ${innerWidth} px window`)
  // Text cut off inside its own box (a clamped or overflow-hidden block). A block
  // clamped on purpose must offer the rest (a "Read more" control inside it or beside it).
  for (const el of document.querySelectorAll('.deck h1, .deck p, .deck dd, .deck dt, .deck li, .deck summary')) {
    if (el.closest('.visually-hidden')) continue
    const style = getComputedStyle(el)
    const clips = style.overflowY !== 'visible' || style.webkitLineClamp !== 'none'
    if (!clips) continue
    if (el.scrollHeight > el.clientHeight + 1 && !el.closest('details')) {
      problems.push(`text cut off in <${el.localName} class="${el.className}">: ${el.scrollHeight} > ${el.clientHeight}`)
    }
  }
  // Text that runs out of its box sideways, or out of the window (cut off at an edge).
  for (const el of document.querySelectorAll('.deck h1, .deck p, .deck dd, .deck dt, .deck li')) {
    if (el.closest('.visually-hidden')) continue
    if (el.scrollWidth > el.clientWidth + 1) problems.push(`"${el.textContent.slice(0, 30)}" is wider than its box`)
  }
  for (const el of document.querySelectorAll('.deck h1, .deck p, .deck dd, .trend-chart-drawing text')) {
    if (el.closest('.visually-hidden')) continue
    const box = el.getBoundingClientRect()
    if (box.width === 0) continue
    if (box.left < -1 || box.right > innerWidth + 1) problems.push(`"${el.textContent.slice(0, 30)}" runs off the side of the window`)
  }
  return { title: document.querySelector('.slide-title')?.textContent ?? '', problems }
}

/** Walks every slide of a deck at the current size; returns the slides that do not fit. */
async function walkDeck(page, baseUrl, href, { scrolls = false } = {}) {
  await page.goto(`${baseUrl}${href}`)
  const count = Number(/of (\d+)/.exec(await page.locator('.deck-number').innerText())[1])
  const overflowing = []
  for (let n = 1; n <= count; n++) {
    if (n > 1) await page.keyboard.press('ArrowRight')
    await page.waitForFunction(slideReady, String(n))
    // Two frames, so a chart that sizes itself to the slide (ResizeObserver) has settled before it is measured.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    const { title, problems } = await page.evaluate(measureSlide, scrolls)
    if (problems.length > 0) overflowing.push(`slide ${n} (${title.slice(0, 40)}): ${problems.join('; ')}`)
  }
  return { count, overflowing }
}

/** The decks the chooser offers for the period, and a hand-picked one. */
async function allDecks(page, baseUrl) {
  await page.goto(`${baseUrl}/present?period=${Q2}`)
  await page.locator('.deck-list a').first().waitFor()
  const links = await page
    .locator('.deck-list a')
    .evaluateAll((as) => as.map((a) => ({ name: a.textContent, href: a.getAttribute('href') })))
  return [...links, { name: 'Chosen indicators', href: `/present?deck=custom&refs=${CUSTOM_REFS.join(',')}&slide=1&period=${Q2}` }]
}

for (const screen of SCREENS) {
  test(`slides: every slide of every deck fits ${screen.width}×${screen.height} without scrolling, no text cut off`, async ({
    page,
    baseUrl,
  }) => {
    await page.setViewportSize(screen)
    const decks = await allDecks(page, baseUrl)
    const report = []
    const failures = []
    for (const deck of decks) {
      const { count, overflowing } = await walkDeck(page, baseUrl, deck.href)
      report.push(`${deck.name}: ${overflowing.length} of ${count}`)
      failures.push(...overflowing.map((o) => `${deck.name}, ${o}`))
    }
    console.log(`    slides that do not fit ${screen.width}×${screen.height}: ${report.join('; ')}`)
    assert(failures.length === 0, `${failures.length} slides do not fit:\n  ${failures.slice(0, 20).join('\n  ')}`)
  })
}

for (const screen of [
  { width: 820, height: 1180, name: 'an upright tablet' },
  { width: 390, height: 844, name: 'a phone, where a slide may scroll' },
]) {
  test(`slides: on ${screen.name} (${screen.width}×${screen.height}) nothing on a slide is cut off at the side`, async ({
    page,
    baseUrl,
  }) => {
    await page.setViewportSize(screen)
    const failures = []
    for (const deck of [
      `/present?deck=exceptions&slide=1&period=${Q2}`,
      `/present?deck=custom&refs=${CUSTOM_REFS.join(',')}&slide=1&period=${Q2}`,
    ]) {
      const { overflowing } = await walkDeck(page, baseUrl, deck, { scrolls: screen.width < 600 })
      failures.push(...overflowing)
    }
    assert(failures.length === 0, `${failures.length} slides do not fit:\n  ${failures.slice(0, 20).join('\n  ')}`)
  })
}

test('slides: the longest title is whole on screen and in the slide chart’s PNG, at 1024×768', async ({ page, baseUrl }) => {
  await page.setViewportSize({ width: 1024, height: 768 })
  // P3.17 has one of the longest titles in the scorecard.
  await page.goto(`${baseUrl}/present?deck=custom&refs=P3.17&slide=1&period=${Q2}`)
  await page.waitForFunction(slideReady, '1')
  await screenshot(page, 'present-1024-P3.17')
  const title = await page
    .locator('.slide-title')
    .evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, text: el.innerText }))
  assert(title.scroll <= title.client + 1, `the title is whole: ${JSON.stringify(title)}`)
  // The PNG is this SVG drawn onto a canvas: drawn in a fresh page with the same fonts, every line of its title is inside it.
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG of the P3.17 chart' }).click(),
  ])
  const text = readFileSync(await svg.path(), 'utf8')
  const check = await page.context().newPage()
  await check.setContent(text.replace(/^<\?xml[^>]*>/, ''))
  const { width, lines } = await check.evaluate(() => {
    const root = document.querySelector('svg')
    const titleLines = [...root.querySelectorAll(':scope > text[font-size="18"]')].map((t) => {
      const box = t.getBoundingClientRect()
      return { text: t.textContent, left: box.left, right: box.right }
    })
    return { width: Number(root.getAttribute('width')), lines: titleLines }
  })
  await check.close()
  const joined = lines.map((l) => l.text).join(' ')
  assert(
    joined.startsWith('P3.17 Average number of days') && joined.endsWith('(A2 national indicator)'),
    `the image's title is whole: ${joined}`,
  )
  for (const line of lines)
    assert(line.left >= 0 && line.right <= width, `title line "${line.text}" ends at ${Math.round(line.right)} in a ${width} px image`)
})

/** A touch swipe across the slide, as a tablet sends it (pointer events). */
async function swipe(page, dx, dy = 0) {
  const box = await page.locator('.slide').boundingBox()
  const x = box.x + box.width / 2
  const y = box.y + Math.min(box.height / 2, 300)
  await page.evaluate(
    ({ x, y, dx, dy }) => {
      const target = document.elementFromPoint(x, y)
      const fire = (type, px, py) =>
        target.dispatchEvent(
          new PointerEvent(type, {
            bubbles: true,
            cancelable: true,
            pointerType: 'touch',
            isPrimary: true,
            pointerId: 7,
            clientX: px,
            clientY: py,
          }),
        )
      fire('pointerdown', x, y)
      for (let i = 1; i <= 5; i++) fire('pointermove', x + (dx * i) / 5, y + (dy * i) / 5)
      fire('pointerup', x + dx, y + dy)
    },
    { x, y, dx, dy },
  )
}

test('slides: on a tablet a swipe left or right changes slide; a tap or an up-and-down scroll does not', async ({ page, baseUrl }) => {
  await page.setViewportSize({ width: 820, height: 1180 })
  await page.goto(`${baseUrl}/present?deck=exceptions&slide=2&period=${Q2}`)
  await page.waitForFunction(slideReady, '2')
  await swipe(page, -200)
  await page.waitForFunction(slideReady, '3')
  await swipe(page, 200)
  await page.waitForFunction(slideReady, '2')
  await swipe(page, 0)
  await swipe(page, 30)
  await swipe(page, -40, 250)
  await page.waitForTimeout(300)
  assertEqual(new URL(page.url()).searchParams.get('slide'), '2', 'a tap, a short drag and a vertical scroll stay on the slide')
  await screenshot(page, 'present-tablet')
  await expectNoAxeViolations(page, '/present at 820×1180')
})

test('slides: Esc returns to the chooser with the period kept, however the deck was opened', async ({ page, baseUrl }) => {
  const period = '2018-19-Q1'
  // Opened from a shared link (no chooser before it).
  await page.goto(`${baseUrl}/present?deck=pledge-3&slide=4&period=${period}`)
  await page.waitForFunction(slideReady, '4')
  await page.keyboard.press('Escape')
  await page.getByRole('heading', { level: 1, name: 'Present the scorecard' }).waitFor()
  assertEqual(new URL(page.url()).searchParams.get('period'), period, 'Esc from a shared link keeps the period')

  // Opened from the chooser at its default period, which has no ?period=.
  await page.goto(`${baseUrl}/present`)
  const chosen = await page.getByLabel('Period').inputValue()
  await page.locator('.deck-list a').first().click()
  await page.waitForFunction(slideReady, '1')
  await page.keyboard.press('Escape')
  await page.getByRole('heading', { level: 1, name: 'Present the scorecard' }).waitFor()
  assertEqual(new URL(page.url()).searchParams.get('period'), chosen, 'Esc from a deck opened at the default period names that period')
  assertEqual(await page.getByLabel('Period').inputValue(), chosen, 'the chooser shows the same period')
})
