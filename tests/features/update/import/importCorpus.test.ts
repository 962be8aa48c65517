// The bad-file corpus (tests/fixtures/import, described in its README): each
// file gives a clear report, nothing crashes, and the scorecard passed in is
// never touched. Files that need a real workbook or are large are built here.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Workbook } from 'exceljs'
import type { Scorecard } from '../../../../src/domain/scorecardSchema'
import { countEntries, type ImportEntry } from '../../../../src/domain/spreadsheet/importEntries'
import type { ImportOutcome } from '../../../../src/features/update/import/buildImport'
import { importFile } from '../../../../src/features/update/import/importFile'
import { loadExcelJS } from '../../../../src/lib/spreadsheet/spreadsheetLibraries'
import { loadSeedScorecard } from '../../../support/seedFiles'
import { PAPER_HEADER } from '../../../support/paperHeader'

const FIXTURES = join(__dirname, '../../../fixtures/import')
const TODAY = '2019-01-22'
const HEADER = PAPER_HEADER

let base: Scorecard
let pristine: string
beforeAll(() => {
  base = loadSeedScorecard()
  pristine = JSON.stringify(base)
})

async function importFixture(name: string): Promise<ImportOutcome> {
  const outcome = await importFile({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) }, base, TODAY)
  // The scorecard in use is never changed by reading a file.
  expect(JSON.stringify(base)).toBe(pristine)
  return outcome
}

const problems = (o: ImportOutcome) => o.entries.filter((e) => e.status === 'problem')
const find = (o: ImportOutcome, where: Partial<ImportEntry>) =>
  o.entries.filter((e) => Object.entries(where).every(([k, v]) => (e as Record<string, unknown>)[k] === v))
const cell = (o: ImportOutcome, ref: string, period: string) =>
  o.candidate!.indicators.find((i) => i.ref === ref)!.values.find((v) => v.period === period)

describe('files that cannot be imported say why, and offer nothing to apply', () => {
  it.each([
    ['wrong-headers.csv', /No header row was found/],
    ['missing-header.csv', /No header row was found/],
    ['header-only.csv', /No indicator rows/],
    ['empty.csv', /The file is empty/],
    ['wrong-shape.json', /not a scorecard in the project's format/],
    ['array.json', /not a scorecard in the project's format/],
    ['manifest.json', /file list \(manifest\.json\), not a scorecard/],
    ['broken.json', /not valid JSON/],
    ['picture-renamed.xlsx', /named picture-renamed\.xlsx but is not an Excel workbook/],
    ['damaged.xlsx', /could not be opened as an Excel workbook/],
    ['legacy.xls', /older Excel 97–2003 \(\.xls\) file/],
    ['broken-quote.csv', /^Row 2 has a cell that starts with a quote mark, at: "Stable" says the service lead\. .*nothing was imported/],
  ])('%s', async (name, message) => {
    const outcome = await importFixture(name)
    expect(outcome.candidate).toBeNull()
    expect(outcome.changes).toEqual([])
    expect(problems(outcome)[0]!.message).toMatch(message)
  })
})

describe('awkward files import what they can and report the rest', () => {
  it('a header split over two rows under a title row (merged-header-rows.csv)', async () => {
    const o = await importFixture('merged-header-rows.csv')
    expect(find(o, { column: '(header)' })[0]!.message).toBe('Header spread over rows 1 and 2; the two rows were read together.')
    expect(problems(o)).toEqual([])
    expect(cell(o, 'G2', '2018-19-Q3')).toMatchObject({
      kind: 'number',
      number: 66,
      printed: '66.0',
      source: { doc: 'merged-header-rows.csv', line: 4, column: 'Qu 3 18 19' },
    })
    // The comparators and target read the same as the current ones, so they keep their original sources.
    expect(o.candidate!.indicators.find((i) => i.ref === 'G2')!.comparators).toEqual(
      base.indicators.find((i) => i.ref === 'G2')!.comparators,
    )
  })

  it('odd case and spacing in headers, and only three columns (few-columns.csv)', async () => {
    const o = await importFixture('few-columns.csv')
    expect(find(o, { column: '(file)' }).map((e) => e.message)).toContainEqual(
      expect.stringMatching(/no column for Info available from, Commentary\/Lead, Polarity.*stay as they are/),
    )
    expect(cell(o, 'P1.2', '2018-19-Q3')).toMatchObject({ kind: 'number', number: 96 })
    expect(o.summary).toMatchObject({ added: [], updated: ['P1.2'] })
  })

  it('columns outside the layout are listed as ignored, with counts (extra-columns.csv)', async () => {
    const o = await importFixture('extra-columns.csv')
    const ignored = o.entries.filter((e) => e.status === 'ignored').map((e) => `${e.column}: ${e.message}`)
    expect(ignored).toEqual(
      expect.arrayContaining([
        'Owner email: Column Q is not part of the scorecard layout; it is ignored.',
        'Owner email: 2 cells in column Q (rows 2, 3) are outside the scorecard layout and were ignored.',
        'Notes: 1 cell in column R (row 2) is outside the scorecard layout and was ignored.',
        'Column S: 1 cell in column S (row 3) is outside the scorecard layout and was ignored.',
      ]),
    )
    expect(problems(o)).toEqual([])
    expect(o.summary!.updated).toEqual(['G1', 'G3'])
  })

  it('empty rows are skipped and reported as runs (empty-rows.csv)', async () => {
    const o = await importFixture('empty-rows.csv')
    expect(o.entries.filter((e) => e.status === 'ignored').map((e) => e.message)).toEqual([
      'Rows 2 to 3 are empty.',
      'Rows 5 to 6 are empty.',
      'Rows 8 to 9 are empty.',
    ])
    expect(o.summary!.updated).toEqual(['G1', 'G3'])
  })

  it('UTF-8 with a byte-order mark, and £ figures kept as typed (bom.csv)', async () => {
    const o = await importFixture('bom.csv')
    expect(find(o, { column: '(file)' })[0]!.message).toBe('Read as CSV separated by commas, UTF-8 with a byte-order mark, 2 rows.')
    expect(cell(o, 'S5.1', '2018-19-Q3')).toMatchObject({ kind: 'number', number: 3650, printed: '£3,650' })
  })

  it('semicolon-separated, with a quoted semicolon and "Supressed" (semicolons.csv)', async () => {
    const o = await importFixture('semicolons.csv')
    expect(find(o, { column: '(file)' })[0]!.message).toMatch(/separated by semicolons/)
    expect(o.candidate!.indicators.find((i) => i.ref === 'P1.2')!.commentary.at(-1)!.text).toBe('Reviews; all on time')
    expect(cell(o, 'P5.3', '2018-19-Q3')).toMatchObject({ kind: 'suppressed', printed: 'Supressed' })
    expect(cell(o, 'P5.3', '2018-19-Q3')).not.toHaveProperty('number')
  })

  it('not UTF-8: read as Windows-1252 with a warning to check £ signs (windows-1252.csv)', async () => {
    const o = await importFixture('windows-1252.csv')
    expect(find(o, { status: 'warning', column: '(file)' })[0]!.message).toMatch(/not UTF-8.*Windows-1252/)
    expect(cell(o, 'S5.2', '2018-19-Q3')).toMatchObject({ number: 790, printed: '£790' })
  })

  it('a header repeated at a page break is skipped (repeated-header.csv)', async () => {
    const o = await importFixture('repeated-header.csv')
    expect(find(o, { status: 'ignored', row: 3 })[0]!.message).toMatch(/repeat of the header row/)
    expect(o.summary!.updated).toEqual(['G1', 'G3'])
  })

  it('bad cells are reported by row and column; the rest of each row is used (bad-cells.csv)', async () => {
    const o = await importFixture('bad-cells.csv')
    const summary = o.entries
      .filter((e) => e.status === 'problem' || e.status === 'warning')
      .map((e) => [e.status, e.row, e.ref ?? '', e.column, e.message])
    expect(summary).toEqual([
      [
        'problem',
        2,
        'P1.2',
        'Polarity',
        '"Sideways" is not a polarity (High is Good, Low is Good or blank); the current polarity is kept.',
      ],
      ['warning', 2, 'P1.2', 'Qu 3 18-19', '120% is outside 0–100%.'],
      ['warning', 2, 'P1.2', 'RAG', '"Purple" is not a RAG rating (Red, Amber or Green); it was ignored.'],
      [
        'problem',
        2,
        'P1.2',
        '(row)',
        'A figure does not fit this indicator (Qu 3 18-19 "120%"), so the row is left out until you decide in the review: correct the file, or confirm the figures are right.',
      ],
      ['warning', 3, 'P2.7', 'Qu 3 18-19', 'A negative figure (-2) is unusual for this indicator.'],
      ['warning', 4, 'P2.9', 'Stat Neigh Av', '"n/a" is not a figure, so it was ignored as the statistical neighbours average.'],
      ['problem', 4, 'P2.9', 'Qu 3 18-19', "A yes/no answer does not fit this indicator's unit (percent); this cell was ignored."],
      ['problem', 5, 'P1.2', '(row)', 'P1.2 is already on row 2; this row was ignored.'],
      ['problem', 6, 'Q9.9', 'Indicator', 'A new indicator needs a title in the Indicator column; the row was ignored.'],
      [
        'problem',
        7,
        '',
        'Ref',
        'This row has content but no ref, so it was left out. If it is an indicator, add its ref in the file and import the file again.',
      ],
    ])
    // An odd but possible figure (-2) is imported with its warning; one that cannot be right for a
    // percentage (120%) holds its row until the officer decides; problems cost only their cell or row.
    expect(cell(o, 'P1.2', '2018-19-Q3')).toBeUndefined()
    expect(cell(o, 'P2.7', '2018-19-Q3')).toMatchObject({ number: -2 })
    expect(cell(o, 'P2.9', '2018-19-Q3')).toBeUndefined()
    expect(o.candidate!.indicators.find((i) => i.ref === 'P1.2')!.polarity).toBe('high-is-good')
    expect(o.summary).toMatchObject({ added: [], updated: ['P2.7'] })
  })
})

describe('spreadsheet formulas', () => {
  it('a formula where a figure belongs is a problem for its cell, and the current figure stays', async () => {
    const title = base.indicators.find((i) => i.ref === 'P2.3')!.title
    const csv = `Ref,Indicator,Polarity,Target,Qu 1 18-19,Qu 2 18-19,Qu 3 18-19,Comments\nP2.3,"${title}",High is Good,96%,97%,95%,=1+1,Formula\n`
    const o = await importFile({ name: 'formula.csv', bytes: new TextEncoder().encode(csv) }, base, TODAY)
    expect(find(o, { ref: 'P2.3', column: 'Qu 3 18-19' })).toEqual([
      expect.objectContaining({
        status: 'problem',
        message: expect.stringMatching(/^=1\+1 is a spreadsheet formula, not a figure: .*; this cell was ignored\.$/),
      }),
    ])
    expect(cell(o, 'P2.3', '2018-19-Q3')).toBeUndefined()
    expect(cell(o, 'P2.3', '2018-19-Q2')).toMatchObject({ number: 95 })
  })

  it('a comment that starts with "=" is kept exactly as typed, with a warning', async () => {
    const title = base.indicators.find((i) => i.ref === 'P2.4')!.title
    const comment = '=HYPERLINK("http://evil.example","click")'
    const csv = `Ref,Indicator,Qu 3 18-19,Comments\nP2.4,"${title}",96%,"${comment.replaceAll('"', '""')}"\n`
    const o = await importFile({ name: 'formula.csv', bytes: new TextEncoder().encode(csv) }, base, TODAY)
    expect(find(o, { ref: 'P2.4', column: 'Comments', status: 'warning' })).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^This comment starts with "=", like a spreadsheet formula: it is kept as text/),
      }),
    ])
    const p24 = o.candidate!.indicators.find((i) => i.ref === 'P2.4')!
    expect(p24.commentary.find((c) => c.period === '2018-19-Q3')?.text).toBe(comment)
  })
})

describe('generated files', () => {
  it('a 5,000-row CSV is read, with every row accounted for', async () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `X${i + 1},BI Team,Lead ${i},Generated indicator ${i + 1},High is Good,,,90%,${i % 100}%,,,,,,,`,
    )
    const bytes = new TextEncoder().encode([HEADER.join(','), ...rows].join('\r\n'))
    // No timing is asserted here: the browser test measures it, and the size fuzz bounds the work by construction.
    const o = await importFile({ name: 'big.csv', bytes }, base, TODAY)
    expect(JSON.stringify(base)).toBe(pristine)
    expect(problems(o)).toEqual([])
    expect(o.summary!.added).toHaveLength(5000)
    expect(o.candidate!.indicators).toHaveLength(base.indicators.length + 5000)
    expect(o.candidate!.indicators.find((i) => i.ref === 'X42')).toMatchObject({
      unit: 'percent',
      polarity: 'high-is-good',
      target: { kind: 'number', value: 90 },
    })
  }, 30_000)

  async function workbook(build: (wb: Workbook) => void): Promise<Uint8Array> {
    const excel = await loadExcelJS()
    const wb = new excel.Workbook()
    build(wb)
    return new Uint8Array(await wb.xlsx.writeBuffer())
  }

  it('an .xlsx with real merged header cells, a notes sheet first, formulas and number formats', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('Notes').addRow(['Read me first'])
      const ws = wb.addWorksheet('Q3')
      ws.addRow(['CORPORATE PARENTING SCORECARD 2018-19'])
      ws.addRow(['Ref', 'Indicator', 'Stat Neigh Av', 'Qu 2 18-19', 'Qu 3 18-19', 'Comments'])
      ws.addRow([null, null, null, null, null, null])
      // Header cells merged down over two rows, as a printed scorecard often has them.
      for (const col of ['A', 'B', 'C', 'D', 'E', 'F']) ws.mergeCells(`${col}2:${col}3`)
      ws.addRow(['General'])
      ws.mergeCells('A4:F4')
      const p12 = ws.addRow([
        'P1.2',
        '% cared for children reviews in timescales',
        null,
        0.95,
        { formula: 'D5+0.01', result: 0.96 },
        '=not a formula, typed text',
      ])
      p12.getCell(4).numFmt = '0%'
      p12.getCell(5).numFmt = '0.0%'
    })
    const o = await importFile({ name: 'scorecard.xlsx', bytes }, base, TODAY)
    expect(find(o, { status: 'ignored', column: '(sheet)' })[0]!.message).toBe(
      'Sheet "Notes" has no scorecard header row; it was not read.',
    )
    expect(problems(o)).toEqual([])
    expect(cell(o, 'P1.2', '2018-19-Q2')).toEqual(
      base.indicators.find((i) => i.ref === 'P1.2')!.values.find((v) => v.period === '2018-19-Q2'),
    )
    expect(cell(o, 'P1.2', '2018-19-Q3')).toMatchObject({ kind: 'number', number: 96, printed: '96.0%' })
    expect(o.candidate!.indicators.find((i) => i.ref === 'P1.2')!.commentary.at(-1)!.text).toBe('=not a formula, typed text')
  })

  it.each([
    ['XFD1048576', 'a stray cell in the last cell Excel has'],
    ['A1048576', 'a stray cell in the last row'],
  ])('a workbook with one stray cell at %s (%s) is answered from its real cells, and the cell is named', async (address) => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Q3')
      ws.addRow(['Ref', 'Indicator', 'Qu 3 18-19'])
      ws.addRow(['G1', 'Number of cared for children', 501])
      ws.getCell(address).value = 'stray'
    })
    const o = await importFile({ name: 'stray.xlsx', bytes }, base, TODAY)
    expect(problems(o).map((e) => e.message)).toEqual([
      expect.stringMatching(new RegExp(`^1 cell \\(${address}\\) lies beyond row 60,000`)),
    ])
    expect(cell(o, 'G1', '2018-19-Q3')).toMatchObject({ number: 501 })
  })

  it('12,000 rows (once "Maximum call stack size exceeded") import, every row accounted for', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => `X${i + 1},Generated indicator ${i + 1},${i % 100}`)
    const bytes = new TextEncoder().encode(['Ref,Indicator,Qu 1 18-19', ...rows].join('\r\n'))
    const o = await importFile({ name: 'twelve.csv', bytes }, base, TODAY)
    expect(problems(o)).toEqual([])
    expect(o.summary!.added).toHaveLength(12_000)
  }, 60_000)

  it('counts each kind of entry', async () => {
    const o = await importFixture('bad-cells.csv')
    expect(countEntries(o.entries)).toMatchObject({ problem: 6, warning: 4, ignored: 0 })
  })
})
