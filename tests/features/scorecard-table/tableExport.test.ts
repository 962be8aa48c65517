// The table's CSV and XLSX downloads, read back and compared with the source:
// only the filtered rows, suppressed stays words, formulas never run.
import { describe, expect, it } from 'vitest'
import { filterAssessments } from '../../../src/features/scorecard-table/filterAssessments'
import { formatCell } from '../../../src/domain/formatValue'
import type { Indicator } from '../../../src/domain/scorecardSchema'
import { assessScorecard } from '../../../src/domain/summarise'
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
  const file = await buildExport({ ...scorecard, indicators: indicators ?? shown }, format, {
    reportPeriodId: Q2,
    fillComputed: false,
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
    expect(header).toEqual(
      expect.arrayContaining(['Yr. end 17-18', 'Qu 1 18-19', 'Qu 2 18-19', 'RAG', 'Quarterly dir of travel', 'Comments']),
    )
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
