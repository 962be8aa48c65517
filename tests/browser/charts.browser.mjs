// Charts that tell the truth about time (issue 14, item 6), on the indicator
// page at a 1366×768 laptop and a 390×844 phone: periods spaced by date, no
// line across a stretch with no figures (and the stretch labelled), target
// labels clear of the data line, nothing cut off and no period label silently
// dropped on a phone, a small change on a 0–100% axis readable, and the saved
// image the same.
import { readFileSync } from 'node:fs'
import { assert, assertEqual, expectNoAxeViolations, screenshot, test } from './harness.mjs'

const Q2 = '2018-19-Q2'
const LAPTOP = { width: 1366, height: 768 }
const PHONE = { width: 390, height: 844 }
const DAY = 24 * 60 * 60 * 1000
const days = (a, b) => (Date.parse(b) - Date.parse(a)) / DAY

/** The indicator page at `viewport`, once its chart has drawn; returns the chart's figure. */
async function openChart(page, baseUrl, ref, viewport) {
  await page.setViewportSize(viewport)
  await page.goto(`${baseUrl}/indicator/${ref}?period=${Q2}`)
  // On a phone the chart is below the first screen, and drawn as it comes near: scrolled to, as a reader would.
  await page.locator('.trend-figure').first().scrollIntoViewIfNeeded()
  const figure = page.locator('figure[role="img"]').first()
  await figure.locator('svg.recharts-surface').waitFor()
  // The period labels are drawn once the chart has its scales (a chart without them fails the checks below).
  await page
    .waitForFunction(() => document.querySelector('figure[role="img"] .trend-annotations') !== null, null, { timeout: 3000 })
    .catch(() => {})
  return figure
}

/** Runs in the page: the chart's drawing as numbers, for the checks below. */
function readChart() {
  const svg = document.querySelector('figure[role="img"] svg.recharts-surface')
  const frame = svg.getBoundingClientRect()
  const points = (d) => [...d.matchAll(/[ML]\s*([-\d.]+)[ ,]([-\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }))
  // The figure's own line: the first series in the chart's colour (--brand).
  const valueCurves = [...svg.querySelectorAll('.recharts-line-curve')]
    .filter((p) => p.getAttribute('stroke') === '#1d4f91')
    .map((p) => points(p.getAttribute('d') ?? ''))
  const valueDots = [...svg.querySelectorAll('.recharts-line-dots path')]
    .filter((p) => p.getAttribute('fill') === '#1d4f91' || p.getAttribute('stroke') === '#1d4f91')
    .map((p) => {
      const box = p.getBBox()
      return { x: box.x + box.width / 2, y: box.y + box.height / 2, r: box.width / 2 }
    })
  const texts = [...svg.querySelectorAll('text')].map((t) => {
    const box = t.getBBox()
    const screen = t.getBoundingClientRect()
    return {
      text: t.textContent,
      box: { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height },
      onScreen: { left: screen.left - frame.left, right: screen.right - frame.left },
    }
  })
  return { width: frame.width, valueCurves, valueDots, texts, label: svg.closest('figure').getAttribute('aria-label') }
}

function boxHitsSegment(box, a, b) {
  // Sampled along the segment: fine enough at a pixel a step.
  const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y)))
  for (let i = 0; i <= steps; i++) {
    const x = a.x + ((b.x - a.x) * i) / steps
    const y = a.y + ((b.y - a.y) * i) / steps
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true
  }
  return false
}

test('charts at 1366×768: periods are spaced by date, not evenly (G1: 2011, 2014, 2015, 2017-18, two quarters of 2018-19)', async ({
  page,
  baseUrl,
}) => {
  await openChart(page, baseUrl, 'G1', LAPTOP)
  const { valueDots } = await page.evaluate(readChart)
  const xs = valueDots.map((d) => d.x).sort((a, b) => a - b)
  assertEqual(xs.length, 9, 'nine figures drawn')
  // 27 June 2011 → 31 March 2014, against 30 June → 30 September 2018.
  const ratio = (xs[1] - xs[0]) / (xs[8] - xs[7])
  const expected = days('2011-06-27', '2014-03-31') / days('2018-06-30', '2018-09-30')
  assert(Math.abs(ratio / expected - 1) < 0.05, `2011 to 2014 is ${expected.toFixed(1)} times a quarter on the axis: ${ratio.toFixed(2)}`)
  await screenshot(page, 'chart-G1-laptop')
})

test('charts at 1366×768: no line is drawn across more than a quarter without figures, and each such stretch is labelled', async ({
  page,
  baseUrl,
}) => {
  for (const ref of ['G1', 'P3.16', 'P3.17']) {
    await openChart(page, baseUrl, ref, LAPTOP)
    const { valueDots, valueCurves, texts, label } = await page.evaluate(readChart)
    const xs = valueDots.map((d) => d.x).sort((a, b) => a - b)
    const quarter = xs.at(-1) - xs.at(-2)
    for (const curve of valueCurves)
      for (let i = 1; i < curve.length; i++)
        assert(
          curve[i].x - curve[i - 1].x <= 1.6 * quarter,
          `${ref}: a line joins points ${Math.round(curve[i].x - curve[i - 1].x)} px apart (a quarter is ${Math.round(quarter)} px)`,
        )
    assert(
      texts.some((t) => t.text === 'No figures'),
      `${ref}: the gap is labelled on the chart`,
    )
    assert(/no figures between /.test(label), `${ref}: the text alternative names the gap: ${label}`)
  }
  const { label } = await page.evaluate(readChart)
  assert(label.includes('no figures between 2011-14 (three-year average) and Year end 2017-18'), `P3.17's text alternative: ${label}`)
})

test('charts at 1366×768: target and comparator labels never sit on the data line', async ({ page, baseUrl }) => {
  for (const ref of ['P3.17', 'P3.16', 'G1', 'P2.3', 'P2.4', 'P1.3', 'S9', 'H9', 'G2']) {
    await openChart(page, baseUrl, ref, LAPTOP)
    const { valueCurves, valueDots, texts } = await page.evaluate(readChart)
    const labels = texts.filter((t) => /^(Target|England|Statistical|North West)/.test(t.text))
    for (const label of labels) {
      for (const curve of valueCurves)
        for (let i = 1; i < curve.length; i++)
          assert(!boxHitsSegment(label.box, curve[i - 1], curve[i]), `${ref}: "${label.text}" sits on the data line`)
      for (const dot of valueDots) {
        const near =
          dot.x + dot.r > label.box.left &&
          dot.x - dot.r < label.box.right &&
          dot.y + dot.r > label.box.top &&
          dot.y - dot.r < label.box.bottom
        assert(!near, `${ref}: "${label.text}" covers a figure's marker`)
      }
    }
  }
})

test('charts on a 390×844 phone: no label is cut off, the first and last periods are named, and a dropped label is said', async ({
  page,
  baseUrl,
}) => {
  for (const ref of ['G1', 'P3.17', 'P3.16', 'G2', 'P2.3', 'H9', 'P5.3']) {
    await openChart(page, baseUrl, ref, PHONE)
    const { width, texts } = await page.evaluate(readChart)
    for (const t of texts) {
      assert(
        t.onScreen.left >= -0.5 && t.onScreen.right <= width + 0.5,
        `${ref}: "${t.text}" is cut off (${Math.round(t.onScreen.left)}–${Math.round(t.onScreen.right)} of ${Math.round(width)})`,
      )
    }
    const rows = await page
      .getByRole('table', { name: /figures for each period/ })
      .locator('tbody th[scope="row"]')
      .allInnerTexts()
    const axisTexts = await page.locator('figure[role="img"] .trend-axis-label').allTextContents()
    const squash = (s) => s.replace(/\s+/g, '').replace('(theperiodshownabove)', '')
    assertEqual(squash(axisTexts[0]), squash(rows[0]), `${ref}: the first period is named on the axis`)
    assertEqual(squash(axisTexts.at(-1)), squash(rows.at(-1)), `${ref}: the last period is named on the axis`)
    const said = texts.some((t) => t.text === 'Not every period is named')
    assertEqual(
      said,
      axisTexts.length < rows.length,
      `${ref}: ${axisTexts.length} of ${rows.length} periods named; the chart says so when not all are`,
    )
  }
  await openChart(page, baseUrl, 'G1', PHONE)
  await screenshot(page, 'chart-G1-phone')
  await expectNoAxeViolations(page, '/indicator/G1 at 390×844')
})

test('charts at 1366×768: a small change on a 0–100% axis is readable, on an axis labelled as not starting at zero', async ({
  page,
  baseUrl,
}) => {
  await openChart(page, baseUrl, 'P2.3', LAPTOP)
  const { valueDots, texts, label } = await page.evaluate(readChart)
  assert(
    texts.some((t) => t.text === 'Axis starts at 90%'),
    'the chart says where its axis starts',
  )
  assert(label.endsWith('the value axis starts at 90%, not zero.'), `the text alternative says so too: ${label}`)
  // 97% to 95% is at least a tenth of the plot's height.
  const ys = valueDots.map((d) => d.y)
  const plot = await page.locator('figure[role="img"] .recharts-cartesian-grid').evaluate((g) => g.getBBox().height)
  assert(
    (Math.max(...ys) - Math.min(...ys)) / plot > 0.1,
    `the change fills ${Math.round(((Math.max(...ys) - Math.min(...ys)) / plot) * 100)}% of the plot's height`,
  )
})

test('charts: the saved SVG follows the same rules (G1 at 1366×768): the gaps drawn and labelled, every label inside the image', async ({
  page,
  baseUrl,
}) => {
  const figure = await openChart(page, baseUrl, 'G1', LAPTOP)
  const onPage = await page.evaluate(readChart)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG of the G1 chart' }).click(),
  ])
  const svg = readFileSync(await download.path(), 'utf8')
  assertEqual((svg.match(/class="trend-time-gap"/g) ?? []).length, 4, 'the four stretches with no figures are in the image')
  assert(svg.includes('>No figures<') && svg.includes('Not every period is named'), 'and labelled as on the page')
  assertEqual(
    (svg.match(/class="recharts-curve recharts-line-curve"/g) ?? []).length,
    await figure.locator('.recharts-line-curve').count(),
    'the line is broken as on the page',
  )
  // Drawn in a fresh page: every text inside the image's width.
  const check = await page.context().newPage()
  await check.setContent(svg.replace(/^<\?xml[^>]*>/, ''))
  const outside = await check.evaluate(() => {
    const root = document.querySelector('svg')
    const width = Number(root.getAttribute('width'))
    return [...root.querySelectorAll('text')]
      .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.left < -0.5 || box.right > width + 0.5))
      .map(({ text, box }) => `${text} (${Math.round(box.left)}–${Math.round(box.right)} of ${width})`)
  })
  await check.close()
  assertEqual(outside, [], 'no text runs past the image’s edge')
  assert(onPage.texts.length > 0, 'the page drew its labels')
})

test('charts: once the chart code is here, the next indicator opened draws its chart at once, with no "Loading the chart" in between', async ({
  page,
  baseUrl,
}) => {
  await page.setViewportSize(LAPTOP)
  await page.goto(`${baseUrl}/indicator/P3.16?period=${Q2}`)
  await page.locator('main svg.recharts-surface').first().waitFor()
  // Every node added from here on: a placeholder shown even for a frame is a flicker.
  await page.evaluate(() => {
    window.__placeholders = 0
    new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes)
          if (node.nodeType === 1 && (node.matches('.trend-chart--loading') || node.querySelector('.trend-chart--loading')))
            window.__placeholders++
    }).observe(document.body, { childList: true, subtree: true })
  })
  // Away from the indicator page and into another, within the app: its chart is a new one.
  await page.getByRole('link', { name: 'Back to scorecard' }).click()
  await page.getByRole('table', { name: /as at/ }).waitFor()
  await page.locator('main table tr.scorecard-row').filter({ hasText: 'P3.17' }).getByRole('link').first().click()
  await page.waitForURL(/\/indicator\/P3\.17/)
  await page.locator('main svg.recharts-surface').first().waitFor()
  assertEqual(await page.evaluate(() => window.__placeholders), 0, 'no chart placeholder drawn for the second indicator')
})

test('charts on a page of many (a cohort at 1366×768): those in view are drawn as it opens, one scrolled to is drawn, printing draws them all', async ({
  page,
  baseUrl,
}) => {
  await page.setViewportSize(LAPTOP)
  await page.goto(`${baseUrl}/cohort/cared-for-children`)
  await page.locator('main svg.recharts-surface').first().waitFor()
  await page.waitForTimeout(300)
  const count = () =>
    page.evaluate(() => ({
      drawn: document.querySelectorAll('main svg.recharts-surface').length,
      waiting: document.querySelectorAll('main .trend-chart--loading').length,
    }))
  const opened = await count()
  console.log(`    /cohort/cared-for-children: ${opened.drawn} charts drawn as it opens, ${opened.waiting} waiting`)
  assert(opened.drawn >= 1 && opened.drawn <= 12, `only the charts in view are drawn (${opened.drawn})`)
  assert(opened.waiting > 30, `the rest wait until they come near (${opened.waiting})`)

  const last = page
    .locator('main .trend-figure')
    .filter({ has: page.locator('.trend-chart--loading') })
    .last()
  const name = await last.getAttribute('aria-labelledby')
  await last.scrollIntoViewIfNeeded()
  await page.locator(`main .trend-figure[aria-labelledby="${name}"] svg.recharts-surface`).waitFor()

  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
  const printed = await count()
  assertEqual(printed.waiting, 0, `printing draws every chart (${printed.drawn} drawn)`)
  assertEqual(printed.drawn, opened.drawn + opened.waiting, 'each placeholder became a chart')
})
