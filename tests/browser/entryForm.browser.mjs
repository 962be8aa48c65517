// The update form is workable (issue "What a committee member meets", item
// 10), on a 1366×768 laptop: find an indicator, show one lead officer's, save
// part of a quarter and leave the rest for later; an impossible figure
// (negative days, a percentage over 100) is refused with a message until it
// is corrected or confirmed, never saved.
import { assert, assertEqual, expectNoAxeViolations, screenshot, test } from './harness.mjs'

const LAPTOP = { width: 1366, height: 768 }
const enter = (page) => page.getByRole('region', { name: 'Enter Q3 2018-19', exact: true })
const entry = (page, ref) => enter(page).getByRole('group', { name: new RegExp(`^${ref.replace('.', '\\.')} `) })
const shownRefs = (page) => enter(page).locator('fieldset .entry-ref').allInnerTexts()
/** The Q3 cell saved for a ref in this browser, or null. */
const savedQ3 = (page, ref) =>
  page.evaluate((ref) => {
    const scorecard = JSON.parse(localStorage.getItem('scorecard-update-versions') ?? 'null')?.current?.loaded.scorecard
    return scorecard?.indicators.find((i) => i.ref === ref)?.values.find((v) => v.period === '2018-19-Q3') ?? null
  }, ref)

test('update form at 1366×768: find and filter by lead; an impossible figure is held until corrected or confirmed; part of a quarter saves', async ({
  page,
  baseUrl,
}) => {
  await page.setViewportSize(LAPTOP)
  await page.goto(`${baseUrl}/update`)
  await enter(page).waitFor()
  try {
    const search = enter(page).getByLabel('Find an indicator (ref or words of its title)')
    await search.fill('placement order')
    assertEqual(await shownRefs(page), ['P3.17'], 'the search finds P3.17 by words of its title')
    await search.fill('')
    await enter(page).getByLabel('Lead officer').selectOption('Karen Chan')
    assertEqual(await shownRefs(page), ['P1.2', 'P1.3'], "one lead officer's indicators")
    await enter(page).getByRole('button', { name: 'Show every indicator' }).click()
    assertEqual((await shownRefs(page)).length, 67, 'every indicator again')

    await entry(page, 'G1').getByLabel('Figure', { exact: true }).fill('501')
    await entry(page, 'P3.17').getByLabel('Figure', { exact: true }).fill('-3')
    await entry(page, 'P1.2').getByLabel('Figure', { exact: true }).fill('120%')
    await entry(page, 'P3.17').getByText('Not saved yet: correct the figure, or confirm it below if it is right.').waitFor()
    await enter(page).getByRole('button', { name: 'Save Q3 2018-19 to the scorecard' }).click()
    const alert = enter(page).getByRole('alert')
    const refused = await alert.innerText()
    assert(refused.startsWith('Correct or confirm these 2 entries before saving:'), `the save is refused, saying why: ${refused}`)
    assert(refused.includes('P1.2: 120% is outside 0–100%.'), 'the percentage over 100 is named')
    assert(refused.includes('P3.17: A negative figure (-3)'), 'the negative days are named')
    assertEqual(await savedQ3(page, 'G1'), null, 'nothing is saved while an impossible figure is unconfirmed')
    await screenshot(page, 'entry-form-refused-1366')
    await expectNoAxeViolations(page, '/update with figures held back')

    // Part of the quarter: G1 saves, the two held figures stay in the draft for later.
    await alert.getByRole('button', { name: 'Save the other 1 entry now; keep these in the draft' }).click()
    await enter(page)
      .getByText(/Saved Q3 2018-19 for 1 indicator\..* 2 entries still to correct or confirm are kept in the draft\./)
      .waitFor()
    assertEqual((await savedQ3(page, 'G1'))?.number, 501, 'G1 is saved')
    assertEqual([await savedQ3(page, 'P3.17'), await savedQ3(page, 'P1.2')], [null, null], 'the held figures are not saved')
    assertEqual(
      await entry(page, 'P1.2').getByLabel('Figure', { exact: true }).inputValue(),
      '120%',
      'the held figure is still in the draft',
    )

    // Corrected, or confirmed as right, they save.
    await entry(page, 'P3.17').getByLabel('Figure', { exact: true }).fill('435')
    await entry(page, 'P1.2').getByLabel('I have checked: this figure is right').check()
    await enter(page).getByRole('button', { name: 'Save Q3 2018-19 to the scorecard' }).click()
    await enter(page)
      .getByText(/Saved Q3 2018-19 for 2 indicators\./)
      .waitFor()
    assertEqual(
      [(await savedQ3(page, 'P3.17'))?.number, (await savedQ3(page, 'P1.2'))?.number],
      [435, 120],
      'saved once corrected or confirmed',
    )
  } finally {
    await page.evaluate(() => localStorage.clear())
  }
})
