// How we compare, as its users do it: a councillor reads the summary for the
// council and two others, chooses a council with the keyboard, sorts worst
// against neighbours, opens a measure, reads the dot plot and every
// council's table; a head of service finds the definition, source and next
// update; the indicator page sets the published figures beside G1's own.
import { assert, assertEqual, expectNoAxeViolations, screenshot, test } from './harness.mjs'

const brief = (page) => page.getByRole('region', { name: 'In brief' })
const measureTable = (page) => page.getByRole('table', { name: /against England, region and neighbours/ })

for (const [la, name] of [
  [895, 'Cheshire East'],
  [330, 'Birmingham'],
  [202, 'Camden'],
]) {
  test(`/compare?la=${la}: ${name}'s summary and every measure, no axe violations`, async ({ page, baseUrl }) => {
    await page.goto(`${baseUrl}/compare?la=${la}`)
    await page.getByRole('heading', { level: 1, name: `How ${name} compares` }).waitFor()
    await brief(page).waitFor()
    const text = await brief(page).innerText()
    assert(
      text.includes(`Of 75 measures with a polarity (where higher or lower is better), ${name} is in the top quartile`),
      `the summary names ${name}`,
    )
    assert((await measureTable(page).locator('tbody tr.compare-row').count()) === 156, 'every measure has a row')
    await screenshot(page, `compare-${la}`)
    await expectNoAxeViolations(page, `/compare?la=${la}`)
  })
}

test('/compare: choose a council by keyboard, sort worst against neighbours, open a measure', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}/compare`)
  await page.getByRole('heading', { level: 1, name: 'How Cheshire East compares' }).waitFor()
  // Keyboard only: focus the search, type, Enter shows the first match.
  await page.getByRole('searchbox', { name: 'Find by name, LA number or region' }).focus()
  await page.keyboard.type('Birming')
  assertEqual(await page.getByRole('combobox', { name: 'Council' }).inputValue(), '330', 'the list narrows to Birmingham')
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { level: 1, name: 'How Birmingham compares' }).waitFor()
  assert(new URL(page.url()).search === '?la=330', 'the council is in the URL')
  // Tab to the order, choose "worst against neighbours" with the keyboard.
  await page.getByRole('combobox', { name: 'Order' }).focus()
  await page.keyboard.press('ArrowDown')
  await page.waitForURL(/sort=worst/)
  // The URL changes before React redraws: wait until the theme groups have gone.
  await measureTable(page).locator('tr.compare-theme-row').first().waitFor({ state: 'detached' })
  const first = measureTable(page).locator('tbody tr.compare-row').first()
  const title = (await first.getByRole('link').innerText()).trim()
  assert(
    !(await measureTable(page)
      .getByRole('columnheader', { name: /^Workforce \(/ })
      .count()),
    'no theme groups in this order',
  )
  await first.getByRole('link').focus()
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { level: 1, name: title }).waitFor()
  assert(new URL(page.url()).searchParams.get('la') === '330', 'the measure page keeps the council')
})

test('/compare/<measure>: chart and table, each neighbour, the dot plot and every council, definition and source; no axe violations', async ({
  page,
  baseUrl,
}) => {
  await page.goto(`${baseUrl}/compare/LACStable_2016on?la=895`)
  await page.getByRole('heading', { level: 1, name: 'Placement 1 - % CLA with three or more placements' }).waitFor()
  const chart = page.getByRole('img', { name: /Cheshire East against England, North West and its neighbours’ average/ })
  await chart.locator('svg').first().waitFor()
  const dotPlot = page.getByRole('img', { name: /^Dot plot of 151 councils’ figures/ })
  assert(
    (await dotPlot.getAttribute('aria-label')).includes('Cheshire East (the diamond) at 11%'),
    'the dot plot names the council and its shape',
  )
  assert((await dotPlot.locator('path').count()) >= 151, 'a mark for every council with a figure')
  const table = page.getByRole('table', { name: /every council, year ending 31 March 2025/ })
  assertEqual(await table.locator('tbody tr').count(), 153, 'every council is in the table')
  assert(await table.getByRole('rowheader', { name: 'Cheshire East (chosen council)' }).isVisible(), 'the council is marked in words')
  // Sort by name with the keyboard.
  await table.getByRole('button', { name: /^Council/ }).focus()
  await page.keyboard.press('Enter')
  await page.waitForURL(/order=name/)
  await table.locator('tbody tr th').first().filter({ hasText: 'Barking and Dagenham' }).waitFor()
  assertEqual((await table.locator('tbody tr th').first().innerText()).trim(), 'Barking and Dagenham', 'sorted by name')
  // Each neighbour's own line.
  await page.getByRole('checkbox', { name: 'Show each neighbour’s own line' }).click()
  await page.waitForURL(/lines=neighbours/)
  await page
    .getByRole('table', { name: /each year/ })
    .getByRole('columnheader', { name: 'Gloucestershire' })
    .waitFor()
  // A head of service: definition, source and next update.
  await page.getByRole('link', { name: 'Definition and source' }).click()
  const about = page.getByRole('region', { name: 'About this measure' })
  assert((await about.innerText()).includes('Next update'), 'the next update is given')
  assert(
    (await page.getByRole('region', { name: 'Where the figures come from' }).innerText()).includes(
      'dfe-analytical-services/local-authority-interactive-tool',
    ),
    'the source names its repository',
  )
  await screenshot(page, 'compare-measure-LACStable_2016on')
  await expectNoAxeViolations(page, '/compare/LACStable_2016on?la=895')
})

test('indicator G1: the published figures beside the council’s own, with the data-quality flag; no axe violations', async ({
  page,
  baseUrl,
}) => {
  await page.goto(`${baseUrl}/indicator/G1`)
  const section = page.getByRole('region', { name: 'Published figures (Department for Education)' })
  await section.waitFor()
  await section.getByRole('img').first().locator('svg').first().waitFor()
  const flags = await section.getByRole('note', { name: 'Data quality' }).allInnerTexts()
  assert(
    flags.some((f) => f.includes('477') && f.includes('476')),
    'the 2017-18 year end is flagged: 477 against the published 476',
  )
  await screenshot(page, 'indicator-G1-published')
  await expectNoAxeViolations(page, '/indicator/G1')
})

test('/compare/<measure> on a phone: every label of the every-council dot plot stays inside the drawing (390×844)', async ({
  page,
  baseUrl,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  // Cheshire East's care leavers in suitable accommodation: the upper quartile sits near the right edge.
  await page.goto(`${baseUrl}/compare/CareLeaverAcc?la=895`)
  const plot = page.locator('.dot-plot > figure > svg')
  await plot.scrollIntoViewIfNeeded()
  await plot.locator('text', { hasText: 'upper quartile' }).waitFor()
  const outside = await plot.evaluate((svg) => {
    const box = svg.getBoundingClientRect()
    return [...svg.querySelectorAll('text')]
      .filter((t) => {
        const r = t.getBoundingClientRect()
        return r.left < box.left - 1 || r.right > box.right + 1
      })
      .map((t) => t.textContent)
  })
  assertEqual(outside, [], 'no label runs past the edge of the dot plot')
  await screenshot(page, 'compare-dot-plot-390')
})
