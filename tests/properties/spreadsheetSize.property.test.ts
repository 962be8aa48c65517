// The size fuzz (issue 12, item 4): oversized and sparse spreadsheets, any
// grid of text, any bytes. Invariants: reading never throws, is bounded by
// the cells that exist (a grid never grows past its limits, whatever the
// sheet claims; cells beyond them are counted and named), and every file
// gets a report. Time is bounded by construction, so nothing here times it.
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { calendarYearPeriod, datePeriod, monthPeriod } from '../../src/domain/calendarPeriods'
import { quarterPeriod, yearEndPeriod } from '../../src/domain/financialYear'
import type { Scorecard } from '../../src/domain/scorecardSchema'
import { decodeText } from '../../src/domain/spreadsheet/decodeText'
import { importSheet } from '../../src/domain/spreadsheet/importSheet'
import { matchHeader } from '../../src/domain/spreadsheet/matchHeader'
import { headingOfPeriod, readPeriodHeading } from '../../src/domain/spreadsheet/readPeriodHeading'
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, SheetGridBuilder } from '../../src/domain/spreadsheet/sheetGrid'
import { importFile } from '../../src/features/update/import/importFile'
import { readXlsxSheets } from '../../src/lib/spreadsheet/readSpreadsheet'
import { loadExcelJS } from '../../src/lib/spreadsheet/spreadsheetLibraries'
import { loadSeedScorecard } from '../support/seedFiles'

const RUNS = 2000
/** Workbooks are written and read by exceljs for each case, so fewer of them. */
const WORKBOOK_RUNS = 30

let base: Scorecard
beforeAll(() => {
  base = loadSeedScorecard()
})

const TEXTS = [
  'Ref',
  'PI Ref',
  'Indicator',
  'PI Description',
  'Q1 2016/17',
  '12/13',
  'Sep 2020',
  '30/09/2020',
  'SN average 15/16',
  'G1',
  'P1.2',
  '179',
  '95%',
  'Supressed',
  'x',
  '',
]
const text = fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 12 }))
/** Rows and columns near the top left, near the limits, or at the far corner Excel allows (XFD1048576). */
const row = fc.oneof(
  fc.integer({ min: 1, max: 40 }),
  fc.integer({ min: MAX_SHEET_ROWS - 2, max: MAX_SHEET_ROWS + 2 }),
  fc.integer({ min: 1, max: 1_048_576 }),
)
const column = fc.oneof(
  fc.integer({ min: 1, max: 20 }),
  fc.integer({ min: MAX_SHEET_COLUMNS - 1, max: MAX_SHEET_COLUMNS + 1 }),
  fc.integer({ min: 1, max: 16_384 }),
)
const cells = fc.uniqueArray(fc.record({ row, column, text }), { minLength: 1, maxLength: 8, selector: (c) => `${c.row}:${c.column}` })

const within = (c: { row: number; column: number }) => c.row <= MAX_SHEET_ROWS && c.column <= MAX_SHEET_COLUMNS

describe('size fuzz: workbooks', () => {
  it(`a sparse workbook claiming up to XFD1048576 is read by its cells alone, bounded, and always reported (${WORKBOOK_RUNS} cases)`, async () => {
    const excel = await loadExcelJS()
    await fc.assert(
      fc.asyncProperty(cells, fc.boolean(), async (placed, withHeader) => {
        const workbook = new excel.Workbook()
        const sheet = workbook.addWorksheet('S')
        if (withHeader) sheet.getRow(1).values = ['Ref', 'Indicator', 'Qu 1 18-19']
        for (const c of placed) if (!(withHeader && c.row === 1)) sheet.getCell(c.row, c.column).value = c.text
        const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())

        const [read] = await readXlsxSheets(bytes.slice().buffer)
        expect(read!.grid.length).toBeLessThanOrEqual(MAX_SHEET_ROWS)
        for (const r of read!.grid) expect(r.length).toBeLessThanOrEqual(MAX_SHEET_COLUMNS)
        const written = placed.filter((c) => c.text.trim() !== '' && !(withHeader && c.row === 1))
        expect(read!.outside.count).toBe(written.filter((c) => !within(c)).length)
        for (const c of written.filter(within)) expect(read!.grid[c.row - 1]![c.column - 1]).toBe(c.text)

        const outcome = await importFile({ name: 'fuzz.xlsx', bytes }, base, '2025-01-01')
        expect(outcome.entries.length).toBeGreaterThan(0)
        if (read!.outside.count > 0)
          expect(outcome.entries.some((e) => e.status === 'problem' && e.message.includes(read!.outside.addresses[0]!))).toBe(true)
      }),
      { numRuns: WORKBOOK_RUNS },
    )
  }, 120_000)
})

describe('size fuzz: grids and text', () => {
  it(`the grid builder never grows past its limits and counts every cell beyond them (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ row: fc.integer({ min: 1, max: 40 }), column: fc.integer({ min: 1, max: 20 }), text }), { maxLength: 60 }),
        (placed) => {
          const builder = new SheetGridBuilder(25, 12)
          const last = new Map<string, string>()
          for (const c of placed) {
            builder.set(c.row, c.column, c.text)
            if (c.text.trim() !== '') last.set(`${c.row}:${c.column}`, c.text)
          }
          const { grid, outside } = builder.build()
          expect(grid.length).toBeLessThanOrEqual(25)
          for (const r of grid) expect(r.length).toBeLessThanOrEqual(12)
          const beyond = placed.filter((c) => c.text.trim() !== '' && (c.row > 25 || c.column > 12)).length
          expect(outside.count).toBe(beyond)
          for (const [key, value] of last) {
            const [r, col] = key.split(':').map(Number) as [number, number]
            if (r <= 25 && col <= 12) expect(grid[r - 1]![col - 1]).toBe(value)
          }
        },
      ),
      { numRuns: RUNS },
    )
  })

  it(`any grid of text gets a report and never throws (${RUNS / 4} cases)`, () => {
    const grid = fc.array(fc.array(text, { maxLength: 12 }), { maxLength: 30 })
    fc.assert(
      fc.property(grid, (rows) => {
        const sheet = importSheet(rows, { fileName: 'fuzz.csv', base, today: '2025-01-01', councilNames: ['Warrington', 'Cheshire East'] })
        expect(sheet.entries.length).toBeGreaterThan(0)
        if (!sheet.result?.scorecard)
          expect(sheet.entries.some((e) => e.status !== 'understood') || sheet.otherCouncil !== undefined).toBe(true)
      }),
      { numRuns: RUNS / 4 },
    )
  })

  it(`a wide, long CSV is cut to the limits with the rest named, never thrown (${WORKBOOK_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1200 }), fc.integer({ min: 1, max: 3 }), async (width, rows) => {
        const line = (r: number) => Array.from({ length: width }, (_, c) => (c === 0 ? `G${r}` : c === width - 1 ? 'far' : '')).join(',')
        const csv = ['Ref,Indicator,Qu 1 18-19', ...Array.from({ length: rows }, (_, r) => line(r + 1))].join('\r\n')
        const outcome = await importFile({ name: 'wide.csv', bytes: new TextEncoder().encode(csv) }, base, '2025-01-01')
        const beyond = width > MAX_SHEET_COLUMNS
        expect(outcome.entries.some((e) => e.status === 'problem' && /beyond row 60,000 or column KN/.test(e.message))).toBe(beyond)
      }),
      { numRuns: WORKBOOK_RUNS },
    )
  }, 120_000)

  it(`any bytes decode without throwing, and UTF-16 without a byte-order mark reads back as written (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(typeof decodeText(bytes).text).toBe('string')
      }),
      { numRuns: RUNS },
    )
    const latin = fc.string({ unit: fc.constantFrom(...'Ref,Indicator 0123456789%£\r\n'.split('')), minLength: 4, maxLength: 80 })
    fc.assert(
      fc.property(latin, fc.boolean(), (t, little) => {
        const units = [...t].map((c) => c.charCodeAt(0))
        const bytes = new Uint8Array(units.flatMap((u) => (little ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])))
        expect(decodeText(bytes).text).toBe(t)
      }),
      { numRuns: RUNS },
    )
  })

  it(`headings never throw, and a period's heading reads back as that period (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (heading) => {
        matchHeader(heading)
        readPeriodHeading(heading, { financialYearStart: 2018 })
      }),
      { numRuns: RUNS },
    )
    const year = fc.integer({ min: 1995, max: 2040 })
    const period = fc.oneof(
      fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => quarterPeriod(y, q as 1 | 2 | 3 | 4)),
      year.map(yearEndPeriod),
      year.map(calendarYearPeriod),
      fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => monthPeriod(y, m)),
      fc
        .date({ min: new Date('1995-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
        .map((d) => datePeriod(d.toISOString().slice(0, 10))),
    )
    fc.assert(
      fc.property(period, (p) => {
        expect(readPeriodHeading(headingOfPeriod(p)!)).toEqual({ kind: 'period', period: p })
      }),
      { numRuns: RUNS },
    )
  })
})
