import { describe, expect, it } from 'vitest'
import { serialisePaperLayout } from '../../../src/domain/spreadsheet/serialisePaperLayout'
import { buildExport } from '../../../src/lib/spreadsheet/exportScorecard'
import { loadExcelJS, loadPapa } from '../../../src/lib/spreadsheet/spreadsheetLibraries'
import { paperTableToCsv, paperTableToXlsx } from '../../../src/lib/spreadsheet/writeSpreadsheet'
import { loadSeedScorecard } from '../../support/seedFiles'

describe('writing the paper layout', () => {
  it('CSV: a byte-order mark for Excel, quoted where needed, Windows line ends', async () => {
    const table = serialisePaperLayout(loadSeedScorecard(), { reportPeriodId: '2018-19-Q2' })
    const csv = paperTableToCsv(table, await loadPapa())
    expect(csv.startsWith('\ufeffCorporate Parenting Scorecard 2018-19,')).toBe(true)
    expect(csv).toContain(
      '\r\nG2,BI Team,Kerry Birtles,"Rate per 10,000 cared for children",,61,64,52.7 - 59.3,62.9,65.4,65.3,,,,\\rightarrow,As above.,2 Feel & Be Safe,Outcome 5\r\n',
    )
  })

  it('XLSX: figures as numbers with formats, text as text, section rows merged, header frozen', async () => {
    const excel = await loadExcelJS()
    const table = serialisePaperLayout(loadSeedScorecard(), { reportPeriodId: '2018-19-Q2' })
    const workbook = new excel.Workbook()
    await workbook.xlsx.load(await paperTableToXlsx(table, excel))
    const sheet = workbook.getWorksheet('Scorecard')!
    const rowOf = (ref: string) => sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === ref)!
    const p12 = rowOf('P1.2')
    expect([p12.getCell(9).value, p12.getCell(9).numFmt]).toEqual([0.91, '0.0%'])
    expect(rowOf('P5.3').getCell(11).value).toBe('Supressed')
    expect(sheet.getCell('A4').isMerged).toBe(true)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
  })

  it('names the downloads after the scorecard and the period', async () => {
    const seed = loadSeedScorecard()
    expect((await buildExport(seed, 'json', { reportPeriodId: '2018-19-Q2', fillComputed: false, today: '2019-01-22' })).name).toBe(
      'corporate-parenting-scorecard-2018-19-2019-01-22.json',
    )
    expect((await buildExport(seed, 'csv', { reportPeriodId: '2018-19-Q2', fillComputed: false, today: '2019-01-22' })).name).toBe(
      'corporate-parenting-scorecard-2018-19-2018-19-Q2.csv',
    )
  })
})
