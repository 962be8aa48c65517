// Reads ../shared/official-stats with well-kept readers: hyparquet for the
// LAIT parquet, papaparse for the dictionary and the EES CSVs (quoted
// multi-line cells, BOMs), exceljs for the neighbour lists and the LA codes.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet'
import Papa from 'papaparse'
import type { Neighbour } from '../../src/domain/official/officialDataset'

export type BdsRow = { code: string; yearText: string; areaName: string; value: string | null; la: number; region: string | null }

export async function readBds(sharedDir: string): Promise<BdsRow[]> {
  const file = await asyncBufferFromFile(join(sharedDir, 'lait/bds_long_0.parquet'))
  const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[]
  return rows.map((r, i) => {
    const la = r['LA Number']
    if (typeof la !== 'number' || !Number.isInteger(la))
      throw new Error(`bds_long_0.parquet row ${i}: LA Number ${String(la)} is not a whole number`)
    return {
      code: String(r['Short Desc']).trim(),
      yearText: String(r.Years),
      areaName: String(r['LA and Regions']),
      value: r.Values === null || r.Values === undefined ? null : String(r.Values),
      la,
      region: r.Region === null || r.Region === undefined ? null : String(r.Region),
    }
  })
}

export type CsvRow = Record<string, string | undefined>

export function readCsv(path: string): CsvRow[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
  const parsed = Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true })
  if (parsed.errors.length) throw new Error(`${path}: ${parsed.errors[0]!.message} (row ${parsed.errors[0]!.row})`)
  return parsed.data
}

export function readDictionary(sharedDir: string): CsvRow[] {
  return readCsv(join(sharedDir, 'lait/lait_data_dictionary.csv'))
}

type Cell = ExcelJS.CellValue

const cellText = (value: Cell): string => (value === null || value === undefined ? '' : String(value).trim())

async function sheetRows(path: string): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(path)
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new Error(`${path}: no worksheet`)
  const rows: Cell[][] = []
  sheet.eachRow((row) => rows.push((row.values as Cell[]).slice(1)))
  return rows
}

export type NeighbourGroup = { la: number; name: string; region: string; neighbours: Neighbour[]; former: boolean }

/**
 * The "LA SN Groups" sheet: a header row (LA num, LA Name, LA number, GOInd,
 * GOReg, SN1, SNP, … SN10, SNP), then one row per council; rows after an
 * "Old SNs:" marker are groups for councils that no longer exist.
 */
export async function readNeighbourGroups(path: string): Promise<NeighbourGroup[]> {
  const rows = await sheetRows(path)
  const headerAt = rows.findIndex((r) => cellText(r[0]) === 'LA num' && cellText(r[5]) === 'SN1')
  if (headerAt < 0) throw new Error(`${path}: no "LA num … SN1" header row`)
  const groups: NeighbourGroup[] = []
  let former = false
  for (const row of rows.slice(headerAt + 1)) {
    if (/^Old SNs/i.test(cellText(row[1]))) {
      former = true
      continue
    }
    if (row[0] === null || row[0] === undefined || cellText(row[0]) === '') continue
    const la = Number(row[0])
    if (!Number.isInteger(la)) throw new Error(`${path}: LA num "${cellText(row[0])}" is not a number`)
    const neighbours: Neighbour[] = []
    for (let i = 0; i < 10; i++) {
      const sn = row[5 + 2 * i]
      // The 2021 sheet lists councils created later (Cumberland, Westmorland and Furness) with "-": no neighbours in that model.
      if (sn === null || sn === undefined || cellText(sn) === '' || cellText(sn) === '-') continue
      const n = Number(sn)
      if (!Number.isInteger(n)) throw new Error(`${path}: council ${la} neighbour ${i + 1} "${cellText(sn)}" is not an LA number`)
      neighbours.push({ la: n, closeness: cellText(row[6 + 2 * i]) })
    }
    groups.push({ la, name: cellText(row[1]), region: cellText(row[4]), neighbours, former })
  }
  return groups
}

export type LaCode = { la: number; name: string; region: string; type: string }

export async function readLaCodes(sharedDir: string): Promise<LaCode[]> {
  const rows = await sheetRows(join(sharedDir, 'lait/la_code_list.xlsx'))
  const [header, ...body] = rows
  if (cellText(header?.[0]) !== 'LA Number' || cellText(header?.[1]) !== 'LA Name') throw new Error('la_code_list.xlsx: unexpected header')
  return body.map((r) => ({ la: Number(r[0]), name: cellText(r[1]), region: cellText(r[2]), type: cellText(r[3]) }))
}
