// Downloads say what the screen says (issue "What a committee member meets",
// item 2), on a 1366×768 laptop: the scorecard table's CSV and XLSX carry, for
// every row, the RAG and direction of travel the table shows, in words, with
// what the source printed beside them in words (never "\checkmark" or
// "$\downarrow$"); the XLSX fills each RAG cell in its colour and keeps the word.
import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { assert, assertEqual, test } from './harness.mjs'

const RAG_WORDS = ['Red', 'Amber', 'Green', 'Not rated']
const GLYPHS = /\\(checkmark|downarrow|uparrow|rightarrow)|\$/

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()])
  return { name: file.suggestedFilename(), data: await readFile(await file.path()) }
}

/** What the table shows for each row: its ref, RAG word and direction words. */
async function onScreen(page) {
  const table = page.getByRole('table', { name: /as at/ })
  await table.waitFor()
  const headers = (await table.locator('thead th').allInnerTexts()).map((t) => t.replace(/[▲▼↕]/g, '').trim())
  const [rag, direction] = [headers.indexOf('RAG'), headers.indexOf('Direction of travel')]
  return table.locator('tbody tr.scorecard-row').evaluateAll(
    (rows, [ragAt, dirAt]) =>
      rows.map((row) => ({
        ref: row.querySelector('th[scope="row"]')?.textContent?.trim() ?? '',
        rag: row.children[ragAt]?.querySelector('.rag-word')?.textContent?.trim() ?? '',
        direction: row.children[dirAt]?.querySelector('.direction-words')?.textContent?.trim() ?? '',
      })),
    [rag, direction],
  )
}

/** The sheet's rows by ref, each as { header: text }. */
function byRef(grid) {
  const header = grid.find((r) => r[0] === 'Ref')
  assert(header, 'the download has the paper header row')
  const rows = new Map()
  for (const r of grid.slice(grid.indexOf(header) + 1))
    if (/^[A-Z]+\d/.test(r[0] ?? '')) rows.set(r[0], Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])))
  return { header, rows }
}

test('downloads at 1366×768: the table’s CSV and XLSX give every row its RAG and direction in words, as the screen does', async ({
  page,
  baseUrl,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(`${baseUrl}/scorecard?period=2018-19-Q2`)
  const shown = await onScreen(page)
  assert(shown.length >= 67, `the table shows every indicator (${shown.length})`)

  const csv = await download(page, 'CSV')
  const csvGrid = Papa.parse(csv.data.toString('utf8').replace(/^\ufeff/, '')).data
  const xlsx = await download(page, 'Excel (XLSX)')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(xlsx.data)
  const sheet = workbook.worksheets[0]
  const xlsxGrid = []
  const fills = new Map()
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells = Array.from({ length: sheet.columnCount }, (_, c) => String(row.getCell(c + 1).value ?? ''))
    xlsxGrid.push(cells)
    const ragAt = xlsxGrid.find((r) => r[0] === 'Ref')?.indexOf('RAG') ?? -1
    if (ragAt >= 0) fills.set(cells[0], row.getCell(ragAt + 1).fill?.fgColor?.argb)
  })

  for (const [format, grid] of [
    ['CSV', csvGrid],
    ['XLSX', xlsxGrid],
  ]) {
    const { header, rows } = byRef(grid)
    assertEqual(rows.size, shown.length, `${format}: one row for each row on screen`)
    const counts = {}
    for (const { ref, rag, direction } of shown) {
      const row = rows.get(ref)
      assert(row, `${format}: ${ref} is in the download`)
      assertEqual([row['RAG'], row['Direction of travel']], [rag, direction], `${format}: ${ref}'s RAG and direction as on screen`)
      assert(RAG_WORDS.includes(row['RAG']), `${format}: ${ref}'s RAG is a word: "${row['RAG']}"`)
      counts[row['RAG']] = (counts[row['RAG']] ?? 0) + 1
      assert(!GLYPHS.test(Object.values(row).join('|')), `${format}: ${ref} has no transcribed glyph: ${JSON.stringify(row)}`)
    }
    assert(header.includes('RAG as printed'), `${format}: the source's own rating is its own column`)
    // Today's download left the RAG blank for all 9 red and 6 green rows; only one said "Amber".
    assertEqual([counts.Red, counts.Amber, counts.Green], [9, 1, 6], `${format}: red, amber and green rows`)
    assertEqual(rows.get('P3.1')['Direction of travel as printed'], 'No change', `${format}: P3.1's printed → in words`)
    assertEqual(rows.get('P5.3')['Direction of travel as printed'], 'unreadable in the source', `${format}: P5.3's printed ÷`)
  }
  // The XLSX colours each rated cell and keeps its word.
  const fillOf = (word) => new Set(shown.filter((s) => s.rag === word).map((s) => fills.get(s.ref)))
  assertEqual([...fillOf('Red')], ['FFF4CCCC'], 'red cells are filled red')
  assertEqual([...fillOf('Amber')], ['FFFFE5B4'], 'the amber cell is filled amber')
  assertEqual([...fillOf('Green')], ['FFD9EAD3'], 'green cells are filled green')
  assertEqual([...fillOf('Not rated')], [undefined], 'cells not rated are not filled')
})
