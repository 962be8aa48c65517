import { assert, expectNoAxeViolations, screenshot, test } from './harness.mjs'

test('the overview loads the seed scorecard and has no axe violations', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}/`)
  await page.getByRole('heading', { level: 1, name: /Q2 2018-19/ }).waitFor()
  assert(await page.getByRole('link', { name: /G1 Number of cared for children/ }).isVisible(), 'G1 is listed')
  await screenshot(page, 'overview')
  await expectNoAxeViolations(page, 'the overview')
})
