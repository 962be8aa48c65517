// Another council's scorecard on a site built with the seed: nothing of the
// seed's council shows, with JavaScript on or off, and the menus offer only
// what the data has. And publishing: the zip an officer downloads on /update,
// served as the site's data, shows the figures they entered.
import { readFile } from 'node:fs/promises'
import { strFromU8, unzipSync } from 'fflate'
import { assert, assertEqual, expectNoAxeViolations, screenshot, test } from './harness.mjs'
import { otherCouncilScorecard, serveData } from './otherCouncil.mjs'

const other = otherCouncilScorecard()
const OTHER_FILES = { 'manifest.json': JSON.stringify({ files: ['leeds.json'] }), 'leeds.json': JSON.stringify(other) }
const PAGES = ['/', '/scorecard', '/present', '/print']

/** Records, on every frame until the app has started, whether "Cheshire" was ever on screen. */
const watchForSeedCouncil = (page) =>
  page.addInitScript(() => {
    window.__sawSeedCouncil = false
    const look = () => {
      if (document.body?.innerText.includes('Cheshire')) window.__sawSeedCouncil = true
      if (document.documentElement.dataset.app !== 'started') requestAnimationFrame(look)
    }
    requestAnimationFrame(look)
  })

const navLinks = (page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts()

test('another council’s data: no "Cheshire" on /, /scorecard, /present, /print, and menus offer only what it has', async ({
  page,
  baseUrl,
}) => {
  await watchForSeedCouncil(page)
  await serveData(page, OTHER_FILES)
  for (const path of PAGES) {
    await page.goto(`${baseUrl}${path}`)
    await page.locator('h1').first().waitFor()
    const text = await page.locator('body').innerText()
    assert(text.includes('Leeds'), `${path}: the page names the data's council`)
    assert(!text.includes('Cheshire') && !(await page.title()).includes('Cheshire'), `${path}: no "Cheshire" on the page or in its title`)
    assert(!(await page.content()).includes('Cheshire'), `${path}: nor anywhere in the page's markup`)
    assertEqual(
      await page.evaluate(() => window.__sawSeedCouncil),
      false,
      `${path}: "Cheshire" never showed, not even before the app started`,
    )
    assertEqual(await page.locator('.data-issues').count(), 0, `${path}: the data loads with no issues`)
    await expectNoAxeViolations(page, `${path} with another council's data`)
    await screenshot(page, `other-council${path.replace(/\//g, '-') || '-overview'}`)
  }

  // The cohort menu: Leeds's indicators are all about cared-for children.
  await page.goto(`${baseUrl}/`)
  const links = await navLinks(page)
  assert(links.includes('Cared-for children'), `the cohort with indicators is offered: ${links}`)
  assert(!links.includes('Care leavers') && !links.includes('Sufficiency'), `cohorts without indicators are not: ${links}`)

  // The section menus: the declared "Leaving care" section has no indicators.
  await page.goto(`${baseUrl}/present`)
  const decks = await page
    .getByRole('region', { name: /^Choose a deck for / })
    .getByRole('listitem')
    .allInnerTexts()
  assert(
    decks.some((d) => d.startsWith('Children in our care')),
    `the section with indicators is a deck: ${decks}`,
  )
  assert(!decks.some((d) => d.startsWith('Leaving care')), `the empty section is not: ${decks}`)
  assertEqual(await page.getByRole('heading', { name: 'What each meeting focuses on' }).count(), 0, 'no forward plan: the data has none')
  await page.goto(`${baseUrl}/scorecard`)
  const sections = await page.getByRole('combobox', { name: 'Section' }).locator('option').allInnerTexts()
  assert(sections.includes('Children in our care') && !sections.includes('Leaving care'), `the table's section filter: ${sections}`)
  await page.goto(`${baseUrl}/print`)
  assert((await page.locator('.pack-kind').innerText()) === 'Committee pack', 'the pack names no committee the data does not give')
})

test('another council’s data, JavaScript off: no "Cheshire" and no figures on any page, and the page says why', async ({
  page,
  context,
  baseUrl,
}) => {
  await serveData(page, OTHER_FILES)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true })
  try {
    for (const path of PAGES) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' })
      const text = await page.locator('body').innerText()
      assert(!text.includes('Cheshire'), `${path}: no "Cheshire" on screen without JavaScript: ${text}`)
      assertEqual(await page.locator('h1:visible').count(), 0, `${path}: no page of figures`)
      assert(await page.getByText(/shows its figures only with JavaScript on/).isVisible(), `${path}: the no-JavaScript message shows`)
    }
  } finally {
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: false })
    await cdp.detach()
  }
  await page.goto(`${baseUrl}/`)
  await expectNoAxeViolations(page, '/ after JavaScript is back on')
})

test('publishing: the zip downloaded on /update, served as the site’s data, shows the figures entered', async ({
  page,
  context,
  baseUrl,
}) => {
  const section = (name) => page.getByRole('region', { name, exact: true })
  await page.goto(`${baseUrl}/update`)
  try {
    const g1 = section('Enter Q3 2018-19').getByRole('group', { name: /^G1 / })
    await g1.getByLabel('Figure', { exact: true }).fill('503')
    await section('Enter Q3 2018-19').getByRole('button', { name: 'Save Q3 2018-19 to the scorecard' }).click()
    await page.getByText(/Saved Q3 2018-19 for 1 indicator/).waitFor()

    const publish = section('Publish on the council’s site')
    const report = publish.getByRole('table', { name: /The version in use, against the published files \(1 change\)/ })
    await report.waitFor()
    assert((await report.innerText()).includes('503'), 'the report shows the entered figure against the published files')
    await expectNoAxeViolations(page, '/update with a change to publish')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      publish.getByRole('button', { name: 'Download the site’s data (.zip)' }).click(),
    ])
    const files = unzipSync(new Uint8Array(await readFile(await download.path())))
    const site = Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path.replace(/^data\//, ''), strFromU8(bytes)]))
    assertEqual(Object.keys(site).sort(), ['cheshire-east-council-scorecard.json', 'manifest.json'], 'the zip holds the data folder')

    // The site as the committee sees it: a fresh browser tab with nothing saved, the zip's files as its data.
    const committee = await context.newPage()
    await serveData(committee, site)
    await committee.addInitScript(() => localStorage.clear())
    await committee.goto(`${baseUrl}/scorecard?period=2018-19-Q3`, { waitUntil: 'domcontentloaded' })
    await committee.waitForFunction(() => document.documentElement.dataset.app === 'started', null, { timeout: 30_000 })
    const row = committee.getByRole('row', { name: /^G1 / }).first()
    await row.waitFor()
    assert((await row.innerText()).includes('503'), `G1 shows the entered Q3 figure on the published site: ${await row.innerText()}`)
    await committee.close()
  } finally {
    // The browser profile is shared by every journey: leave the published scorecard in use.
    await page.evaluate(() => localStorage.clear())
  }
})
