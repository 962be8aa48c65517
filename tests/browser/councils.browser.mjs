// Any council's own scorecard, as officers bring it in: a multi-year layout,
// a monthly series with real Excel dates, a sheet for another council, a ref
// that collides with one of the scorecard's own, a new council started from
// the official list, a file that cannot be read (twice), and large files with
// their timings. Every figure in these sheets is a published one: the DfE's
// (public/official) or the bundled seed documents'.
import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { assert, assertEqual, expectNoAxeViolations, screenshot, test } from './harness.mjs'

const readJson = async (path) => JSON.parse(await readFile(new URL(`../../public/official/${path}`, import.meta.url), 'utf8'))
const CHESHIRE_EAST = 895
const WARRINGTON = 877
const ENGLAND = 970

/** A council's published figures for a measure, by the year text LAIT prints. */
async function officialSeries(la, code) {
  const [file, catalogue] = await Promise.all([readJson(`la/${la}.json`), readJson('measures.json')])
  const measure = catalogue.measures.find((m) => m.code === code)
  const years = measure.years.map((j) => catalogue.periods[j].text)
  const row = (area) => Object.fromEntries(years.map((y, j) => [y, file.series[code][file.areas.indexOf(area)][j]]))
  const neighbours = file.neighbours.map((n) => row(n.la))
  // LAIT's neighbour average: the mean of those with a figure, to one decimal place (src/domain/official/neighbourAverage.ts).
  const neighbourAverage = (year) => {
    const figures = neighbours.map((r) => r[year]).filter((v) => typeof v === 'number')
    return Math.round((figures.reduce((a, b) => a + b, 0) / figures.length) * 10) / 10
  }
  return { measure, council: row(la), england: row(ENGLAND), neighbourAverage }
}

async function xlsx(build) {
  const workbook = new ExcelJS.Workbook()
  build(workbook)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const section = (page, name) => page.getByRole('region', { name, exact: true })
const importing = (page) => section(page, 'Import a file')
const review = (page, file) =>
  importing(page).getByRole('region', { name: new RegExp(`Check before importing: ${file.replace('.', '\\.')}`) })
const storedScorecard = (page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('scorecard-update-versions') ?? 'null')?.current?.loaded.scorecard ?? null)

async function openUpdate(page, baseUrl) {
  await page.goto(`${baseUrl}/update`)
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  await page.getByRole('heading', { level: 1, name: 'Update the scorecard' }).waitFor()
}

async function choose(page, name, buffer, mimeType = XLSX_TYPE) {
  await importing(page).getByLabel('Choose a file to import').setInputFiles({ name, mimeType, buffer })
  const region = review(page, name)
  await region.waitFor({ timeout: 60_000 })
  return region
}

const cleanUp = (page) => page.evaluate(() => localStorage.clear())

test('import: a multi-year layout (PI Ref, PI Description, 15/16 … 18/19, SN average 18/19) is read without help', async ({
  page,
  baseUrl,
}) => {
  const rate = await officialSeries(CHESHIRE_EAST, 'LAC')
  const starts = await officialSeries(CHESHIRE_EAST, 'LACnum_Start')
  const years = ['2016', '2017', '2018', '2019']
  const buffer = await xlsx((wb) => {
    const ws = wb.addWorksheet('Performance')
    ws.addRow(['Cheshire East Council'])
    ws.addRow(["Children's services: performance over four years"])
    ws.addRow(['PI Ref', 'PI Description', '15/16', '16/17', '17/18', '18/19', 'SN average 18/19', 'England average 2018-19'])
    ws.addRow(['CLA1', rate.measure.title, ...years.map((y) => rate.council[y]), rate.neighbourAverage('2019'), rate.england['2019']])
    ws.addRow(['CLA2', starts.measure.title, ...years.map((y) => starts.council[y]), null, null])
  })
  await openUpdate(page, baseUrl)
  try {
    const region = await choose(page, 'multi-year.xlsx', buffer)
    // Every heading was recognised, so the list of columns is folded away: open it to check.
    await region.getByText(/How the columns were read: 8 headings on row 3, all recognised/).click()
    const columns = region.getByRole('table', { name: /Columns in multi-year\.xlsx/ })
    const readAs = async (heading) => (await columns.getByRole('row').filter({ hasText: heading }).first().innerText()).replace(/\s+/g, ' ')
    assert(/Recognised/.test(await readAs('PI Ref')), 'PI Ref is recognised')
    assertEqual(await columns.getByLabel('What column C (15/16) holds').inputValue(), 'period', '15/16 is a column of figures')
    assertEqual(await columns.getByLabel('Period of column C (15/16)').inputValue(), '2015-16', 'of the financial year 2015-16')
    assertEqual(await columns.getByLabel('What column G (SN average 18/19) holds').inputValue(), 'statNeighbours', 'SN average')
    assertEqual(await columns.getByLabel(/Period of column G/).inputValue(), '2018-19', 'for 2018-19')
    assertEqual(await columns.getByLabel('What column H (England average 2018-19) holds').inputValue(), 'national', 'England average')

    // The file has no unit or frequency column: the guesses are shown as guesses and corrected here.
    const fresh = region.getByRole('region', { name: 'New indicators' })
    assert((await fresh.getByRole('row').filter({ hasText: 'CLA1' }).innerText()).includes('guessed'), 'a guess is marked as one')
    await fresh.getByLabel('Frequency of CLA1').selectOption('annual')
    await region
      .getByText(/set by you/)
      .first()
      .waitFor()
    await expectNoAxeViolations(page, '/update reviewing a multi-year layout')
    await screenshot(page, 'import-multi-year')
    await region.getByRole('button', { name: 'Import and use this scorecard' }).click()
    await importing(page)
      .getByText(/Imported multi-year\.xlsx: 2 added, 0 updated/)
      .waitFor()

    const saved = await storedScorecard(page)
    const cla1 = saved.indicators.find((i) => i.ref === 'CLA1')
    assertEqual(
      cla1.values.map((v) => [v.period, v.number]),
      [
        ['2015-16', rate.council['2016']],
        ['2016-17', rate.council['2017']],
        ['2017-18', rate.council['2018']],
        ['2018-19', rate.council['2019']],
      ],
      'CLA1 has its four published years, each in its financial year',
    )
    assertEqual([cla1.unit, cla1.frequency], ['rate-per-10000', 'annual'], 'the unit read from its title, the frequency set in the review')
    assertEqual(
      cla1.comparators.map((c) => [c.kind, c.period, c.number]),
      [
        ['stat-neighbours', '2018-19', rate.neighbourAverage('2019')],
        ['england', '2018-19', rate.england['2019']],
      ],
      'comparators with the periods their headings give',
    )
  } finally {
    await cleanUp(page)
  }
})

test('import: a monthly series with real Excel dates keeps each month, none squeezed into a quarter', async ({ page, baseUrl }) => {
  // G1 and G3 as the seed documents print them at these month ends (the 2017-12 figures, the year end and Q1, Q2 2018-19).
  const months = [
    new Date(Date.UTC(2017, 11, 1)),
    new Date(Date.UTC(2018, 2, 1)),
    new Date(Date.UTC(2018, 5, 1)),
    new Date(Date.UTC(2018, 8, 1)),
  ]
  const buffer = await xlsx((wb) => {
    const ws = wb.addWorksheet('Monthly')
    ws.addRow(['Ref', 'Indicator', ...months])
    for (let c = 3; c <= 6; c++) ws.getRow(1).getCell(c).numFmt = 'mmm-yy'
    ws.addRow(['G1', 'Number of cared for children', 470, 477, 496, 495])
    ws.addRow(['G3', 'Number of care leavers', 196, 207, 214, 217])
  })
  await openUpdate(page, baseUrl)
  try {
    const region = await choose(page, 'monthly.xlsx', buffer)
    await region.getByText(/How the columns were read/).click()
    const columns = region.getByRole('table', { name: /Columns in monthly\.xlsx/ })
    assertEqual(await columns.getByLabel(/Period of column C/).inputValue(), 'December 2017', 'a real Excel date heading is its month')
    assertEqual(await columns.getByLabel(/Period of column F/).inputValue(), 'September 2018', 'September, not Q2')
    await region.getByRole('button', { name: 'Import and use this scorecard' }).click()
    await importing(page)
      .getByText(/Imported monthly\.xlsx: 0 added, 2 updated/)
      .waitFor()
    const saved = await storedScorecard(page)
    const g3 = saved.indicators.find((i) => i.ref === 'G3')
    const monthly = g3.values.filter((v) => /^\d{4}-\d{2}$/.test(v.period)).map((v) => [v.period, v.number])
    assertEqual(
      monthly,
      [
        ['2017-12', 196],
        ['2018-03', 207],
        ['2018-06', 214],
        ['2018-09', 217],
      ],
      'every month kept with its figure',
    )
    const kinds = saved.periods.filter((p) => ['2018-03', '2018-06', '2018-09'].includes(p.id)).map((p) => p.kind)
    assertEqual(kinds, ['month', 'month', 'month'], 'as months')
  } finally {
    await cleanUp(page)
  }
})

test("import: a sheet with another council's name in its title rows is never merged; it can start that council's scorecard", async ({
  page,
  baseUrl,
}) => {
  const rate = await officialSeries(WARRINGTON, 'LAC')
  const count = await officialSeries(WARRINGTON, 'LACnum')
  const buffer = await xlsx((wb) => {
    const ws = wb.addWorksheet('Scorecard')
    ws.addRow(['Warrington Borough Council'])
    ws.addRow(['Corporate Parenting Board scorecard 2018/19'])
    ws.addRow(['Ref', 'Measure', 'Polarity', 'As at 31/03/2018', 'As at 31/03/2019'])
    ws.addRow(['W1', rate.measure.title, '', rate.council['2018'], rate.council['2019']])
    ws.addRow(['W2', count.measure.title, '', count.council['2018'], count.council['2019']])
  })
  await openUpdate(page, baseUrl)
  try {
    const region = await choose(page, 'warrington.xlsx', buffer)
    const alert = region.getByRole('alert')
    assert(
      /warrington\.xlsx is for Warrington Borough Council, not Cheshire East Council/.test(await alert.innerText()),
      'the other council is named',
    )
    assertEqual(await region.getByRole('button', { name: 'Import and use this scorecard' }).count(), 0, 'nothing to merge')
    assert((await storedScorecard(page)) === null, 'nothing has changed')
    await expectNoAxeViolations(page, '/update with a file for another council')
    await region.getByRole('button', { name: 'Start a new scorecard for Warrington Borough Council from this file' }).click()
    await region.getByRole('button', { name: 'Start using the new scorecard for Warrington Borough Council' }).click()
    await importing(page)
      .getByText(/Started a new scorecard for Warrington Borough Council from warrington\.xlsx: 2 indicators/)
      .waitFor()
    const saved = await storedScorecard(page)
    assertEqual([saved.authority, saved.reportingYear], ['Warrington Borough Council', '2018-19'], 'the new scorecard is Warrington’s')
    assertEqual(
      saved.indicators.map((i) => i.ref),
      ['W1', 'W2'],
      'only the file’s indicators: nothing of Cheshire East',
    )
    assertEqual(
      saved.indicators[0].values.map((v) => [v.period, v.number]),
      [
        ['2018-03-31', rate.council['2018']],
        ['2019-03-31', rate.council['2019']],
      ],
      'dated columns are dates',
    )
    await page.locator('.site-authority').getByText('Warrington Borough Council').waitFor()
  } finally {
    await cleanUp(page)
  }
})

test('import: a ref that collides (H1 with a count where the scorecard has a percentage) waits; 179 never becomes 179%', async ({
  page,
  baseUrl,
}) => {
  const starts = await officialSeries(CHESHIRE_EAST, 'LACnum_Start')
  const csv = [
    'Ref,Indicator,Unit,2019/20',
    `H1,${starts.measure.title},Number,${starts.council['2020']}`,
    `G1,Number of cared for children,Number,`,
  ].join('\r\n')
  await openUpdate(page, baseUrl)
  try {
    const region = await choose(page, 'collision.csv', Buffer.from(csv), 'text/csv')
    const decisions = region.getByRole('region', { name: 'Rows that need your decision' })
    const row = decisions.getByRole('row').filter({ hasText: 'H1' })
    const text = (await row.innerText()).replace(/\s+/g, ' ')
    assert(text.includes('% of IHA requests received within 48 hours') && text.includes(starts.measure.title), 'both versions side by side')
    assert(text.includes('percentage') && text.includes('number'), 'with both units')
    const choice = decisions.getByLabel('What to do with row 2 (H1)')
    assertEqual(await choice.inputValue(), 'keep', 'the default keeps the current H1')
    await expectNoAxeViolations(page, '/update with a ref collision')
    await screenshot(page, 'import-ref-collision')
    // Nothing to import yet: the only row that would change anything waits.
    assertEqual(await region.getByRole('button', { name: 'Import and use this scorecard' }).count(), 0, 'the default changes nothing')

    await choice.selectOption('new')
    await region.getByRole('button', { name: 'Import and use this scorecard' }).waitFor()
    await region.getByRole('button', { name: 'Import and use this scorecard' }).click()
    await importing(page)
      .getByText(/Imported collision\.csv: 1 added, 0 updated/)
      .waitFor()
    const saved = await storedScorecard(page)
    const h1 = saved.indicators.find((i) => i.ref === 'H1')
    const added = saved.indicators.find((i) => i.ref === 'H1-2')
    assertEqual([h1.unit, h1.values.some((v) => v.number === 179)], ['percent', false], 'H1 is untouched')
    assertEqual(
      [added.title, added.unit, added.values.map((v) => [v.period, v.number])],
      [starts.measure.title, 'count', [['2019-20', 179]]],
      'the file’s indicator is its own, a count',
    )
  } finally {
    await cleanUp(page)
  }
})

test('import: a file that cannot be read names the headings it saw and the ones it needs, the same way twice; mapping it reads it', async ({
  page,
  baseUrl,
}) => {
  const starts = await officialSeries(CHESHIRE_EAST, 'LACnum_Start')
  const csv = ['Code,What is measured,Outturn 2019/20', `CS7,${starts.measure.title},${starts.council['2020']}`].join('\r\n')
  await openUpdate(page, baseUrl)
  try {
    const messages = []
    for (let attempt = 0; attempt < 2; attempt++) {
      const region = await choose(page, 'own-layout.csv', Buffer.from(csv), 'text/csv')
      const alert = region.getByRole('alert')
      messages.push(await alert.innerText())
      if (attempt === 0) await region.getByRole('button', { name: 'Close the report' }).click()
    }
    assertEqual(messages[1], messages[0], 'the same file refused twice gets the same message')
    for (const heading of [
      '"Code" (not recognised)',
      '"What is measured" (not recognised)',
      '"Outturn 2019/20" (figures for 2019-20)',
      'Ref column',
    ])
      assert(messages[0].includes(heading), `the message names ${heading}: ${messages[0]}`)

    const region = review(page, 'own-layout.csv')
    const columns = region.getByRole('table', { name: /Columns in own-layout\.csv/ })
    await columns.getByLabel('What column A (Code) holds').selectOption('ref')
    await columns.getByLabel('What column B (What is measured) holds').selectOption('indicator')
    await region.getByRole('button', { name: 'Read the file again with these columns' }).click()
    await region.getByRole('button', { name: 'Import and use this scorecard' }).waitFor()
    await region.getByText(/Saved for Cheshire East Council/).waitFor()
    await expectNoAxeViolations(page, '/update after mapping columns')
    await region.getByRole('button', { name: 'Cancel' }).click()

    // Next quarter: the same layout is read with the saved mapping, without asking.
    const again = await choose(page, 'own-layout.csv', Buffer.from(csv), 'text/csv')
    await again.getByRole('button', { name: 'Import and use this scorecard' }).waitFor()
    assert((await again.innerText()).includes('with the mapping saved for this layout'), 'the saved mapping is used and said')
  } finally {
    await cleanUp(page)
  }
})

test('start: a new council from the official list, its template (with official measures), filled in and imported', async ({
  page,
  baseUrl,
}) => {
  const started = Date.now()
  const starts = await officialSeries(WARRINGTON, 'LACnum_Start')
  await openUpdate(page, baseUrl)
  try {
    const start = section(page, 'Start a scorecard for your council')
    await start.getByRole('button', { name: 'Start a new scorecard' }).click()
    await start.getByLabel('Find by name, LA number or region').fill('Warrington')
    await start.getByRole('button', { name: 'Start a scorecard for this council' }).click()
    await start.getByText('For Warrington (LA 877).').waitFor()
    assertEqual(await start.getByLabel('The council’s name as your papers print it').inputValue(), 'Warrington Council', 'a name to edit')
    await start.getByLabel('The council’s name as your papers print it').fill('Warrington Borough Council')
    await start.getByLabel('Title').fill('Corporate Parenting Scorecard')
    await start.getByLabel('Reporting year').selectOption({ label: '2025-26' })
    await start.getByLabel('Sections, one per line').fill('Pledge 1: We will keep you safe\nPledge 2: We will help you achieve')
    await start.getByLabel(/Start with official measures/).check()
    await start.locator('summary', { hasText: 'Numbers and rates' }).click()
    await start.getByLabel(starts.measure.title, { exact: true }).check()
    await expectNoAxeViolations(page, '/update starting a scorecard')
    await screenshot(page, 'start-scorecard')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      start.getByRole('button', { name: 'Download the template (.xlsx)' }).click(),
    ])
    const name = download.suggestedFilename()
    assertEqual(name, 'corporate-parenting-scorecard-warrington-borough-council-2025-26-template.xlsx', 'the template’s name')
    const template = await readFile(await download.path())

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(template)
    const sheet = workbook.getWorksheet('Scorecard')
    const rows = []
    sheet.eachRow((row) => rows.push(row.values.slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))))
    assertEqual(
      rows.slice(0, 3).map((r) => r[0]),
      ['Corporate Parenting Scorecard', 'Warrington Borough Council', 'Reporting year 2025-26'],
      'title rows',
    )
    const header = rows[3]
    for (const heading of ['Ref', 'Indicator', 'Polarity', 'Unit', 'Frequency', 'Cohort', 'Target', 'Amber tolerance', 'Q1 25-26'])
      assert(header.includes(heading) || header.some((h) => h.replace('Qu ', 'Q') === heading), `heading ${heading}: ${header.join(' | ')}`)
    const dfe = rows.find((r) => r[0] === 'DFE1')
    assertEqual(dfe[1], starts.measure.title, 'the official measure is a row')
    const latestYear = '2025'
    assert(dfe.includes(String(starts.council[latestYear])), `its latest published figure: ${dfe.join(' | ')}`)
    const notes = []
    workbook.getWorksheet('Notes').eachRow((row) => notes.push(row.values.slice(1).join(' | ')))
    assert(
      notes.some((n) => n.startsWith('Unit | What the figures are')),
      'a notes sheet explains each column',
    )
    assert(![...rows.map((r) => r.join(' ')), ...notes].some((t) => /Cheshire/i.test(t)), 'nothing of Cheshire East in the template')

    // Import the template as it came: the app sees it is for Warrington and starts the new scorecard from it.
    const region = await choose(page, name, template)
    await region.getByRole('button', { name: 'Start a new scorecard for Warrington Borough Council from this file' }).click()
    await region.getByRole('button', { name: 'Start using the new scorecard for Warrington Borough Council' }).click()
    await importing(page)
      .getByText(/Started a new scorecard for Warrington Borough Council/)
      .waitFor()
    const saved = await storedScorecard(page)
    assertEqual(
      [saved.authority, saved.title, saved.reportingYear, saved.sections.map((s) => s.title)],
      ['Warrington Borough Council', 'Corporate Parenting Scorecard', '2025-26', ['Pledge 1: We will keep you safe']],
      'the new council’s own title, year and section (the one with an indicator)',
    )
    const indicator = saved.indicators.find((i) => i.ref === 'DFE1')
    assertEqual([indicator.unit, indicator.frequency, indicator.polarity], ['count', 'annual', 'none'], 'as the DfE publishes it')
    assertEqual(
      indicator.values.filter((v) => v.kind === 'number').map((v) => v.number),
      ['2021', '2022', '2023', '2024', '2025'].map((y) => starts.council[y]),
      'its past five years, as published',
    )
    assert(!JSON.stringify(saved).includes('Cheshire'), 'nothing of Cheshire East in the new scorecard')
    console.log(`    (the new-council journey took ${((Date.now() - started) / 1000).toFixed(1)} s in Chromium)`)
  } finally {
    await cleanUp(page)
  }
})

/**
 * Rows of published figures for the years ending March 2023, 2024 and 2025 (the
 * financial years 2022-23 to 2024-25): every area × measure of the DfE files
 * with those years, repeated (with distinct refs) until there are `count`.
 */
async function publishedRows(count) {
  const catalogue = await readJson('measures.json')
  const index = await readJson('index.json')
  const lastThree = (m) => m.years.slice(-3).map((j) => catalogue.periods[j])
  const codes = catalogue.measures.filter((m) => {
    const years = lastThree(m)
    return years.length === 3 && years.every((p, k) => p.end === `${2023 + k}-03-31`)
  })
  const files = await Promise.all(codes.map((m) => readJson(`measure/${m.file}.json`)))
  const rows = []
  for (let pass = 0; rows.length < count; pass++) {
    for (const [n, measure] of codes.entries()) {
      const file = files[n]
      file.areas.forEach((la, i) => {
        if (rows.length >= count) return
        const area = index.areas.find((a) => a.la === la)
        const values = file.values[i].slice(-3).map((v) => (typeof v === 'number' ? v : v === 'c' ? 'Suppressed' : '-'))
        rows.push([`M${rows.length + 1}`, `${measure.title}: ${area?.name ?? la}${pass ? ` (${pass + 1})` : ''}`, ...values])
      })
      if (rows.length >= count) break
    }
  }
  return rows
}

test('import: large files get an answer, off the page’s thread, with progress and Cancel (timings)', async ({ page, baseUrl }) => {
  await openUpdate(page, baseUrl)
  try {
    // 5,000 rows in a layout the importer cannot read alone: mapped once, then read.
    const five = await publishedRows(5000)
    const mapped = await xlsx((wb) => {
      const ws = wb.addWorksheet('Data')
      ws.addRow(['Code', 'What is measured', 'Outturn 2022/23', 'Outturn 2023/24', 'Outturn 2024/25'])
      for (const row of five) ws.addRow(row)
    })
    let t = Date.now()
    const region = await choose(page, 'five-thousand.xlsx', mapped)
    const refused = Date.now() - t
    const columns = region.getByRole('table', { name: /Columns in five-thousand\.xlsx/ })
    await columns.getByLabel('What column A (Code) holds').selectOption('ref')
    await columns.getByLabel('What column B (What is measured) holds').selectOption('indicator')
    t = Date.now()
    await region.getByRole('button', { name: 'Read the file again with these columns' }).click()
    await region.getByText(/This file would add 5,?000 indicators/).waitFor({ timeout: 60_000 })
    const rebuilt = Date.now() - t
    console.log(`    (5,000 rows, mapped: read and refused with its headings in ${refused} ms; read with the mapping in ${rebuilt} ms)`)
    await region.getByRole('button', { name: 'Cancel' }).click()

    // 50,000 rows in a layout it reads alone.
    const fifty = await publishedRows(50_000)
    const big = await xlsx((wb) => {
      const ws = wb.addWorksheet('Data')
      ws.addRow(['PI Ref', 'PI Description', '2022-23', '2023-24', '2024-25'])
      for (const row of fifty) ws.addRow(row)
    })
    // How long the page's own thread is ever busy at a stretch while the worker reads (long tasks are over 50 ms).
    await page.evaluate(() => {
      window.__longestTask = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, entry.duration)
      }).observe({ type: 'longtask' })
    })
    t = Date.now()
    await importing(page)
      .getByLabel('Choose a file to import')
      .setInputFiles({ name: 'fifty-thousand.xlsx', mimeType: XLSX_TYPE, buffer: big })
    // The progress and its Cancel are there to use while the worker reads.
    await importing(page).getByRole('button', { name: 'Cancel' }).waitFor()
    await review(page, 'fifty-thousand.xlsx')
      .getByText(/This file would add 50,?000 indicators/)
      .waitFor({ timeout: 120_000 })
    const fiftyMs = Date.now() - t
    const longest = await page.evaluate(() => window.__longestTask)
    console.log(
      `    (50,000 rows, ${big.length} bytes: answered in ${fiftyMs} ms; the page's longest busy stretch meanwhile ${Math.round(longest)} ms)`,
    )
    await review(page, 'fifty-thousand.xlsx').getByRole('button', { name: 'Cancel' }).click()

    // Cancel while reading: the page goes back to the start at once.
    await importing(page).getByLabel('Choose a file to import').setInputFiles({ name: 'again.xlsx', mimeType: XLSX_TYPE, buffer: big })
    await importing(page).getByRole('button', { name: 'Cancel' }).click()
    assertEqual(await review(page, 'again.xlsx').count(), 0, 'cancelled: no report')

    // One stray cell at XFD1048576: answered at once, and the cell named.
    const stray = await xlsx((wb) => {
      const ws = wb.addWorksheet('S')
      ws.addRow(['Ref', 'Indicator', 'Qu 1 18-19'])
      ws.addRow(['G1', 'Number of cared for children', 496])
      ws.getCell('XFD1048576').value = 'x'
    })
    t = Date.now()
    const strayRegion = await choose(page, 'stray.xlsx', stray)
    await strayRegion.getByLabel('Show in the report').selectOption('all')
    await strayRegion
      .getByText(/XFD1048576/)
      .first()
      .waitFor()
    console.log(`    (a workbook with a stray cell at XFD1048576, ${stray.length} bytes: answered in ${Date.now() - t} ms)`)
  } finally {
    await cleanUp(page)
  }
})
