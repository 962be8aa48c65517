// The table's CSV and XLSX downloads, read back and compared with the source:
// only the filtered rows, suppressed stays words, formulas never run; every
// row carries the RAG and direction of travel the screen shows, in words.
import { describe, expect, it } from 'vitest'
import { filterAssessments } from '../../../src/features/scorecard-table/filterAssessments'
import { formatCell } from '../../../src/domain/formatValue'
import type { Indicator } from '../../../src/domain/scorecardSchema'
import { assessScorecard } from '../../../src/domain/summarise'
import { directionWords, RAG_WORDS } from '../../../src/domain/ratingWords'
import { importFile } from '../../../src/features/update/import/importFile'
import { buildExport } from '../../../src/lib/spreadsheet/exportScorecard'
import { loadExcelJS, loadPapa } from '../../../src/lib/spreadsheet/spreadsheetLibraries'
import { loadSeedScorecard } from '../../support/seedFiles'

const Q2 = '2018-19-Q2'
const HOSTILE = '=HYPERLINK("http://example.invalid","click")'

function pledge5WithHostileComment() {
  const seed = loadSeedScorecard()
  const scorecard = {
    ...seed,
    indicators: seed.indicators.map((i) => (i.ref === 'P5.8' ? { ...i, commentary: [{ ...i.commentary[0]!, text: HOSTILE }] } : i)),
  }
  const shown = filterAssessments(assessScorecard(scorecard, Q2), { section: 'pledge-5', q: '' }).map((a) => a.indicator)
  return { scorecard, shown }
}

async function exportRows(format: 'csv' | 'xlsx', indicators?: Indicator[]): Promise<string[][]> {
  const { scorecard, shown } = pledge5WithHostileComment()
  // The options TableExport passes.
  const file = await buildExport({ ...scorecard, indicators: indicators ?? shown }, format, {
    reportPeriodId: Q2,
    fillComputed: false,
    assessed: true,
    today: '2019-01-22',
  })
  if (format === 'csv') {
    const papa = await loadPapa()
    return papa.parse<string[]>(String(file.data).replace(/^\ufeff/, '')).data
  }
  const excel = await loadExcelJS()
  const workbook = new excel.Workbook()
  await workbook.xlsx.load(file.data as ArrayBuffer)
  const sheet = workbook.worksheets[0]!
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = []
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = row.getCell(c)
      expect(cell.formula, `row ${row.number} col ${c} must not be a formula`).toBeUndefined()
      cells.push(cell.value === null || cell.value === undefined ? '' : String(cell.value))
    }
    rows.push(cells)
  })
  return rows
}

describe.each(['csv', 'xlsx'] as const)('table export as %s', (format) => {
  it('holds exactly the filtered indicators, in the paper columns', async () => {
    const rows = await exportRows(format)
    const header = rows.find((r) => r[0] === 'Ref')!
    expect(header.slice(0, 4)).toEqual(['Ref', 'Info available from', 'Commentary/Lead', 'Indicator'])
    expect(header).toEqual(expect.arrayContaining(['Yr. end 17-18', 'Qu 1 18-19', 'Qu 2 18-19', 'RAG', 'Direction of travel', 'Comments']))
    const refs = rows.map((r) => r[0]).filter((ref) => /^P\d/.test(ref ?? ''))
    expect(refs).toEqual(['P5.1', 'P5.2', 'P5.3', 'P5.4', 'P5.5', 'P5.6', 'P5.7', 'P5.8'])
  })

  it('matches the source figures, and a suppressed figure stays words', async () => {
    const rows = await exportRows(format)
    const header = rows.find((r) => r[0] === 'Ref')!
    const q2 = header.indexOf('Qu 2 18-19')
    const { shown } = pledge5WithHostileComment()
    for (const indicator of shown) {
      const row = rows.find((r) => r[0] === indicator.ref)!
      const cell = indicator.values.find((v) => v.period === Q2)
      const exported = row[q2]!
      if (cell?.kind === 'suppressed') expect(exported).toBe('Supressed')
      else if (cell?.kind === 'number' && format === 'csv') expect(exported).toBe(cell.printed)
      else if (cell?.kind === 'number') expect(Number(exported)).toBeCloseTo(indicator.unit === 'percent' ? cell.number / 100 : cell.number)
      else expect(exported, `${indicator.ref} ${formatCell(cell, indicator.unit)}`).toBe('')
    }
    const p53 = rows.find((r) => r[0] === 'P5.3')!
    expect([p53[header.indexOf('Qu 1 18-19')], p53[q2]]).toEqual(['Supressed', 'Supressed'])
  })

  it('never writes a number held in memory on a suppressed cell', async () => {
    const { shown } = pledge5WithHostileComment()
    // Defence in depth: the parser strips such numbers, but an export must not rely on it.
    const leaky = shown.map((i) => ({ ...i, values: i.values.map((v) => (v.kind === 'suppressed' ? { ...v, number: 987654 } : v)) }))
    const rows = await exportRows(format, leaky)
    expect(rows.find((r) => r[0] === 'P5.3')).toBeDefined()
    expect(rows.flat().join('|')).not.toMatch(/987654|987,654|98765400/)
  })

  it('neutralises a comment that starts with "=" so spreadsheets never run it', async () => {
    const rows = await exportRows(format)
    const header = rows.find((r) => r[0] === 'Ref')!
    const comment = rows.find((r) => r[0] === 'P5.8')![header.indexOf('Comments')]
    expect(comment).toBe(`'${HOSTILE}`)
  })
})

/** Every row of the whole seed scorecard as the table downloads it (CSV or XLSX), by header. */
async function wholeTable(format: 'csv' | 'xlsx') {
  const seed = loadSeedScorecard()
  const file = await buildExport(seed, format, { reportPeriodId: Q2, fillComputed: false, assessed: true, today: '2019-01-22' })
  const grid: string[][] = []
  const fills = new Map<string, string | undefined>()
  if (format === 'csv') {
    grid.push(...(await loadPapa()).parse<string[]>(String(file.data).replace(/^\ufeff/, '')).data)
  } else {
    const workbook = new (await loadExcelJS()).Workbook()
    await workbook.xlsx.load(file.data as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells = Array.from({ length: sheet.columnCount }, (_, c) => String(row.getCell(c + 1).value ?? ''))
      grid.push(cells)
      const rag = grid.find((r) => r[0] === 'Ref')?.indexOf('RAG') ?? -1
      if (rag >= 0 && /^[A-Z]+\d/.test(cells[0]!)) {
        const fill = row.getCell(rag + 1).fill
        fills.set(cells[0]!, fill?.type === 'pattern' ? fill.fgColor?.argb : undefined)
      }
    })
  }
  const header = grid.find((r) => r[0] === 'Ref')!
  const rows = grid.filter((r) => seed.indicators.some((i) => i.ref === r[0]))
  const rowOf = (ref: string) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === ref)![i] ?? '']))
  return { seed, file, header, rows, rowOf, fills }
}

describe.each(['csv', 'xlsx'] as const)('the whole table as %s says what the screen says', (format) => {
  it('gives every row the RAG and direction of travel the table shows, in words', async () => {
    const { seed, rows, rowOf } = await wholeTable(format)
    expect(rows).toHaveLength(seed.indicators.length)
    const shown = assessScorecard(seed, Q2)
    const counts = { red: 0, amber: 0, green: 0, none: 0 }
    for (const a of shown) {
      const row = rowOf(a.indicator.ref)
      expect(row['RAG'], a.indicator.ref).toBe(RAG_WORDS[a.rag.rating])
      expect(row['Direction of travel'], a.indicator.ref).toBe(directionWords(a.direction))
      counts[a.rag.rating]++
    }
    // The seed at Q2 2018-19 (today's download left the red and green rows blank): 9 red, 6 green, 1 amber.
    expect(counts).toMatchObject({ red: 9, amber: 1, green: 6 })
    expect(rowOf('P2.6')['RAG']).toBe('Red')
    expect(rowOf('P3.17')).toMatchObject({ RAG: 'Amber', 'Direction of travel': 'Up, worsening', 'RAG as printed': 'Amber' })
    // An annual figure rated at Q2: the latest figure says its own period.
    expect(rowOf('P2.6')['Latest figure']).not.toBe('')
  })

  it('says what the source printed in words, never as the transcribed glyph', async () => {
    const { rows, header, rowOf } = await wholeTable(format)
    const printed = rows.map((r) => r[header.indexOf('Direction of travel as printed')]!)
    expect(new Set(printed)).toEqual(new Set(['', 'Up', 'Down', 'No change', 'unreadable in the source']))
    for (const r of rows) expect(r.join('|')).not.toMatch(/\\(checkmark|downarrow|uparrow|rightarrow)|\$/)
    expect(rowOf('P3.1')['Direction of travel as printed']).toBe('No change') // printed →, though it went down
    expect(rowOf('P5.3')['Direction of travel as printed']).toBe('unreadable in the source') // printed ÷
  })

  it('imported again (XLSX or CSV) changes nothing: the printed columns are read, the app’s own are not', async () => {
    const { seed, file } = await wholeTable(format)
    const bytes = format === 'csv' ? new TextEncoder().encode(String(file.data)) : new Uint8Array(file.data as ArrayBuffer)
    const outcome = await importFile({ name: `table.${format}`, bytes }, seed, '2019-01-22')
    expect(outcome.entries.filter((e) => e.status === 'problem')).toEqual([])
    expect(outcome.changes).toEqual([])
    expect(outcome.entries.filter((e) => e.column === 'RAG' && e.row === 3)).toEqual([
      expect.objectContaining({ status: 'ignored', message: expect.stringMatching(/this app's own working/) }),
    ])
    expect(outcome.entries.some((e) => e.column === 'RAG as printed' && /read as the reported RAG/.test(e.message))).toBe(true)
  })
})

describe('the table as XLSX', () => {
  it('fills each RAG cell in its colour and keeps the word', async () => {
    const { fills, rowOf, seed } = await wholeTable('xlsx')
    expect(rowOf('P2.6')['RAG']).toBe('Red')
    expect(fills.get('P2.6')).toBe('FFF4CCCC')
    expect(fills.get('P3.17')).toBe('FFFFE5B4')
    const greens = assessScorecard(seed, Q2).filter((a) => a.rag.rating === 'green')
    expect(greens.length).toBeGreaterThan(0)
    for (const { indicator } of greens) expect([rowOf(indicator.ref)['RAG'], fills.get(indicator.ref)]).toEqual(['Green', 'FFD9EAD3'])
    expect(rowOf('P2.16')['RAG']).toBe('Not rated')
    expect(fills.get('P2.16')).toBeUndefined()
  })
})
