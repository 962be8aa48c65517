// An officer's quarterly update: import a CSV, check the report, confirm,
// enter Q3, reload and find the draft, save, export JSON and read it back,
// then round-trip the Excel export and undo. Everything stays in the browser.
import { readFile } from 'node:fs/promises'
import { assert, assertEqual, expectNoAxeViolations, screenshot, test } from './harness.mjs'

const HEADER =
  'Ref,Info available from,Commentary/Lead,Indicator,Polarity,Stat Neigh Av,National Av,Target,Yr. end 17-18,Qu 1 18-19,Qu 2 18-19,Qu 3 18 19,- Qu 4 18 19,RAG,Quarterly dir of travel,Comments'
// P1.2 gets a target; G3 a new Q2 comment; a column the layout does not have is ignored.
const CSV = [
  `${HEADER},Owner`,
  'General,,,,,,,,,,,,,,,,',
  'G3,BI Team,Sam Ankers,Number of care leavers,,,,,207,214,217,,,,,Checked by the browser test.,someone',
  'Priority 1 - Being a Good Corporate Parent,,,,,,,,,,,,,,,,',
  'P1.2,BI Team,Karen Chan,% cared for children reviews in timescales,High is Good,,,95%,91.0%,97%,95%,,,,↓,,',
].join('\r\n')

const section = (page, name) => page.getByRole('region', { name, exact: true })
const entry = (page, ref) => section(page, 'Enter Q3 2018-19').getByRole('group', { name: new RegExp(`^${ref.replace('.', '\\.')} `) })

async function downloadOf(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()])
  return { name: download.suggestedFilename(), data: await readFile(await download.path()) }
}

test('update: import a CSV, review, confirm, enter Q3, reload, save, export JSON and read it back', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}/update`)
  await page.evaluate(() => localStorage.clear())
  try {
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Update the scorecard' }).waitFor()
    await screenshot(page, 'update')
    await expectNoAxeViolations(page, '/update')

    // Import by the labelled file input; nothing changes before confirming.
    const importing = section(page, 'Import a file')
    await importing
      .getByLabel('Choose a file to import')
      .setInputFiles({ name: 'q2-corrections.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) })
    const review = importing.getByRole('region', { name: /Check before importing: q2-corrections\.csv/ })
    await review.waitFor()
    const report = review.getByRole('table', { name: /^Import report for q2-corrections\.csv/ })
    await review.getByLabel('Show in the report').selectOption('all')
    assert((await report.getByRole('row').filter({ hasText: 'Owner' }).count()) > 0, 'the extra column is listed as ignored')
    const changes = review.getByRole('table', { name: /What will change if you import/ })
    assert(
      await changes.getByRole('row').filter({ hasText: 'P1.2' }).filter({ hasText: 'Target' }).isVisible(),
      'the new P1.2 target is in the changes',
    )
    assertEqual(
      (await section(page, 'Version in use').innerText()).includes('The published scorecard'),
      true,
      'still the published scorecard before confirming',
    )
    await expectNoAxeViolations(page, '/update with the import report')
    await screenshot(page, 'update-import-report')
    await review.getByRole('button', { name: 'Import and use this scorecard' }).click()
    await importing.getByText(/Imported q2-corrections\.csv: 0 added, 2 updated/).waitFor()

    // Enter Q3 with a live preview and an inline warning.
    const g1 = entry(page, 'G1')
    await g1.getByLabel('Figure', { exact: true }).fill('501')
    await g1.getByLabel('Commentary for Q3 2018-19').fill('Entered by the browser test.')
    assert((await g1.innerText()).includes('Changed in the draft'), 'G1 shows it is changed')
    const p12 = entry(page, 'P1.2')
    await p12.getByLabel('Figure', { exact: true }).fill('120%')
    const warningId = await p12.getByLabel('Figure', { exact: true }).getAttribute('aria-describedby')
    assert(
      warningId && (await page.locator(`[id="${warningId}"]`).innerText()).includes('Warning: 120% is outside 0–100%.'),
      'the warning describes the field',
    )
    assert((await p12.innerText()).includes('Green: meets the target of 95%.'), 'the preview uses the imported target')
    await expectNoAxeViolations(page, '/update with a draft and a warning')
    await p12.getByLabel('Figure', { exact: true }).fill('')

    // A reload (or a crash) loses nothing: the draft and the imported version are still there.
    await page.reload()
    await entry(page, 'G1').waitFor()
    assertEqual(await entry(page, 'G1').getByLabel('Figure', { exact: true }).inputValue(), '501', 'the draft figure survives a reload')
    assertEqual(
      await entry(page, 'G1').getByLabel('Commentary for Q3 2018-19').inputValue(),
      'Entered by the browser test.',
      'the draft commentary survives a reload',
    )
    assert(
      (await section(page, 'Version in use').innerText()).includes('Import of q2-corrections.csv'),
      'the imported version is still in use after a reload',
    )

    await section(page, 'Enter Q3 2018-19').getByRole('button', { name: 'Save Q3 2018-19 to the scorecard' }).click()
    await page.getByText(/Saved Q3 2018-19 for 1 indicator/).waitFor()

    // Export JSON and read it back.
    const json = await downloadOf(page, () => section(page, 'Export').getByRole('button', { name: 'Download JSON' }).click())
    assert(/^corporate-parenting-scorecard-2018-19-\d{4}-\d{2}-\d{2}\.json$/.test(json.name), `JSON file name: ${json.name}`)
    const exported = JSON.parse(json.data.toString('utf8'))
    assertEqual(exported.format, 'corporate-parenting-scorecard/1', 'the export is in the project format')
    const g1Out = exported.indicators.find((i) => i.ref === 'G1')
    const q3 = g1Out.values.find((v) => v.period === '2018-19-Q3')
    assertEqual(
      [q3.kind, q3.number, q3.printed, q3.source.doc, q3.source.column],
      ['number', 501, '501', 'entered-in-app', 'Q3 2018-19'],
      'G1 Q3 figure and its source',
    )
    assertEqual(g1Out.commentary.find((c) => c.period === '2018-19-Q3').text, 'Entered by the browser test.', 'G1 Q3 commentary')
    const target = exported.indicators.find((i) => i.ref === 'P1.2').target
    assertEqual([target.kind, target.value, target.printed], ['number', 95, '95%'], 'the imported target is exported')

    // The Excel export, imported again, changes nothing (exceljs loads only now).
    const xlsx = await downloadOf(page, () => section(page, 'Export').getByRole('button', { name: 'Download Excel (.xlsx)' }).click())
    await importing
      .getByLabel('Choose a file to import')
      .setInputFiles({ name: xlsx.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx.data })
    await importing.getByText('Importing this file would change nothing in the current scorecard.').waitFor({ state: 'attached' })
    await importing.getByRole('button', { name: 'Close the report' }).click()

    // Undo: back to the import, then to the published scorecard.
    await section(page, 'Version in use')
      .getByRole('button', { name: /Restore the previous version \(Import of q2-corrections\.csv\)/ })
      .click()
    await section(page, 'Version in use').getByText('Restored the previous version: Import of q2-corrections.csv.').waitFor()
    assertEqual(await entry(page, 'G1').getByLabel('Figure', { exact: true }).inputValue(), '', 'after undo G1 has no Q3 figure')
  } finally {
    // The browser profile is shared by every journey: leave the published scorecard in use.
    await page.evaluate(() => localStorage.clear())
  }
})

test('update: a binary file renamed .xlsx gives a clear report and the scorecard stays as it was', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}/update`)
  await page.getByRole('heading', { level: 1, name: 'Update the scorecard' }).waitFor()
  const importing = section(page, 'Import a file')
  await importing.getByLabel('Choose a file to import').setInputFiles({
    name: 'scorecard.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  })
  const alert = importing.getByRole('alert')
  await alert.waitFor()
  assert(
    /Nothing can be imported from scorecard\.xlsx[\s\S]*not an Excel workbook[\s\S]*The current scorecard is unchanged/.test(
      await alert.innerText(),
    ),
    'the report says why and that nothing changed',
  )
  assertEqual(await importing.getByRole('button', { name: 'Import and use this scorecard' }).count(), 0, 'nothing to confirm')
  assert((await section(page, 'Version in use').innerText()).includes('The published scorecard'), 'the published scorecard is still in use')
  await expectNoAxeViolations(page, '/update with a bad file')
})
