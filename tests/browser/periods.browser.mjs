// One early figure does not take over the app (issue "What a committee member
// meets", item 3): an officer saves a single Q3 2018-19 figure on /update; the
// entry form stays on Q3, the overview still opens at Q2 2018-19 (the latest
// period most indicators have reached) and says how far Q3 has been entered,
// and choosing Q3 never says "nothing is missing".
import { assert, assertEqual, expectNoAxeViolations, screenshot, test } from './harness.mjs'

// A synthetic arrangement of a real value: G1's published Q2 2018-19 figure
// (495 cared-for children, doc 004) typed again as its Q3 figure. No Q3
// 2018-19 figure is published in the seed documents.
const G1_Q2_FIGURE = '495'
// The seed indicators due a figure at Q3 2018-19: every one that reports at
// least quarterly and has reported before (55 of the main scorecard's 57, the
// 10 sufficiency indicators and the health report's 2 quarterly ones); termly
// and annual ones are due only where they have an entry.
const DUE_AT_Q3 = 67

const section = (page, name) => page.getByRole('region', { name, exact: true })

test('periods: one early Q3 figure leaves the views at Q2 2018-19 and says Q3 is partly entered', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}/update`)
  await page.evaluate(() => localStorage.clear())
  try {
    await page.reload()
    const enter = section(page, 'Enter Q3 2018-19')
    await enter.waitFor()
    await enter.getByRole('group', { name: /^G1 / }).getByLabel('Figure', { exact: true }).fill(G1_Q2_FIGURE)
    await enter.getByRole('button', { name: 'Save Q3 2018-19 to the scorecard' }).click()
    await page.getByText(/Saved Q3 2018-19 for 1 indicator/).waitFor()
    // The form stays on the period being entered.
    assert(await section(page, 'Enter Q3 2018-19').isVisible(), 'after the save, the entry form is still on Q3 2018-19')

    await page.goto(`${baseUrl}/`)
    const heading = page.getByRole('heading', { level: 1 })
    await heading.waitFor()
    assertEqual(await heading.innerText(), 'How are we doing in Q2 2018-19?', 'the overview still opens at Q2 2018-19')
    const partly = `Q3 2018-19: 1 of ${DUE_AT_Q3} figures entered`
    assert(await page.locator('main p', { hasText: partly }).first().isVisible(), `the overview says "${partly}"`)
    const options = await page.getByRole('combobox', { name: 'Period' }).locator('option').allInnerTexts()
    assert(options.includes(partly), `the period picker says "${partly}"; its options: ${options.join(' | ')}`)
    assert(
      options.some((o) => /^Q2 2018-19 \(\d+ of \d+ figures\)$/.test(o)),
      `the picker says how many figures Q2 2018-19 has: ${options.join(' | ')}`,
    )
    await screenshot(page, 'overview-with-one-q3-figure')
    await expectNoAxeViolations(page, '/ with one Q3 figure entered')

    // Choosing Q3 shows what there is and never claims nothing is missing.
    await page.getByRole('combobox', { name: 'Period' }).selectOption('2018-19-Q3')
    await page.getByRole('heading', { level: 1, name: 'How are we doing in Q3 2018-19?' }).waitFor()
    const brief = await page.getByRole('region', { name: 'In brief' }).innerText()
    assert(brief.includes('1 indicator has a figure for Q3 2018-19.'), `the summary counts one Q3 figure: ${brief}`)
    assert(/\d+ indicators have no figure this period/.test(brief), `the summary says the rest are missing: ${brief}`)
    const attention = page.getByRole('region', { name: /What needs attention/ })
    assert(
      !(await attention.innerText()).includes('Nothing is red, worsening, behind target or missing'),
      'Q3 does not claim that nothing is missing',
    )
    assert(
      (await attention.getByRole('listitem').filter({ hasText: 'G2' }).first().innerText()).includes('(Q2 2018-19)'),
      'an indicator without a Q3 figure shows its Q2 figure, labelled Q2 2018-19',
    )
    await expectNoAxeViolations(page, '/?period=2018-19-Q3 with one Q3 figure entered')
  } finally {
    // The browser profile is shared by every journey: leave the published scorecard in use.
    await page.evaluate(() => localStorage.clear())
  }
})
