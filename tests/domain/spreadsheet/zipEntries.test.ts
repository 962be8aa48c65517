import { describe, expect, it } from 'vitest'
import { workbookContentSize, zipEntries } from '../../../src/domain/spreadsheet/zipEntries'
import { loadExcelJS } from '../../../src/lib/spreadsheet/spreadsheetLibraries'

describe('zipEntries', () => {
  it('lists a workbook’s parts with their unpacked sizes, without unpacking', async () => {
    const excel = await loadExcelJS()
    const workbook = new excel.Workbook()
    const sheet = workbook.addWorksheet('S')
    for (let i = 0; i < 200; i++) sheet.addRow(['G1', 'Number of cared for children', 496])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const entries = zipEntries(bytes)!
    expect(entries.map((e) => e.name)).toContain('xl/worksheets/sheet1.xml')
    const sheetXml = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!
    expect(sheetXml.uncompressedSize).toBeGreaterThan(sheetXml.compressedSize)
    expect(workbookContentSize(entries)).toBeGreaterThanOrEqual(sheetXml.uncompressedSize)
  })

  it.each([
    ['not a zip', new Uint8Array([1, 2, 3, 4, 5])],
    ['an empty file', new Uint8Array([])],
    ['a zip whose directory is cut off', new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...Array.from({ length: 18 }, () => 0xff)])],
  ])('gives null for %s, never throws', (_name, bytes) => {
    expect(zipEntries(bytes)).toBeNull()
  })
})
