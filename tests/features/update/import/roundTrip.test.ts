// Round trips: the bundled seed scorecard written in the paper layout (XLSX
// and CSV) and imported again gives the same model, for every indicator.
// What "the same" covers, and what the paper cannot carry, is in paperProjection.ts.
import { describe, expect, it } from 'vitest'
import { parseScorecardJson } from '../../../../src/domain/parseScorecard'
import type { Scorecard } from '../../../../src/domain/scorecardSchema'
import { serialisePaperLayout } from '../../../../src/domain/spreadsheet/serialisePaperLayout'
import { importFile } from '../../../../src/features/update/import/importFile'
import { loadExcelJS, loadPapa } from '../../../../src/lib/spreadsheet/spreadsheetLibraries'
import { paperTableToCsv, paperTableToXlsx } from '../../../../src/lib/spreadsheet/writeSpreadsheet'
import { serialiseScorecardJson } from '../../../../src/lib/spreadsheet/serialiseScorecardJson'
import { loadSeedScorecard, readSeedText } from '../../../support/seedFiles'
import { paperProjection } from './paperProjection'

const MAIN = 'corporate-parenting-scorecard-2018-19-q2.json'
const REPORT = '2018-19-Q2'
const COLUMNS = ['2017-18-YE', '2018-19-Q1', '2018-19-Q2', '2018-19-Q3', '2018-19-Q4']
const TODAY = '2019-01-22'

function mainSeed(): Scorecard {
  const { scorecard, issues } = parseScorecardJson(readSeedText(MAIN), MAIN)
  expect(issues).toEqual([])
  return scorecard!
}

/** An empty scorecard of the same council to import into, so the file alone makes the model. */
function emptyBase(): Scorecard {
  return {
    format: 'corporate-parenting-scorecard/1',
    authority: 'Cheshire East Council',
    title: 'x',
    reportingYear: 'x',
    documents: [],
    periods: [],
    sections: [],
    indicators: [],
    additions: [],
  }
}

async function toXlsx(scorecard: Scorecard) {
  return new Uint8Array(await paperTableToXlsx(serialisePaperLayout(scorecard, { reportPeriodId: REPORT }), await loadExcelJS()))
}
async function toCsv(scorecard: Scorecard) {
  return new TextEncoder().encode(paperTableToCsv(serialisePaperLayout(scorecard, { reportPeriodId: REPORT }), await loadPapa()))
}

describe.each([
  ['XLSX', 'scorecard.xlsx', toXlsx],
  ['CSV', 'scorecard.csv', toCsv],
] as const)('seed → %s → import', (_format, fileName, write) => {
  it('gives the same model for all 57 indicators of the main scorecard', async () => {
    const seed = mainSeed()
    const outcome = await importFile({ name: fileName, bytes: await write(seed) }, emptyBase(), TODAY)
    expect(outcome.entries.filter((e) => e.status === 'problem')).toEqual([])
    const imported = outcome.candidate!
    expect(imported.indicators).toHaveLength(57)
    expect(paperProjection(imported, COLUMNS, REPORT)).toEqual(paperProjection(seed, COLUMNS, REPORT))
    // Not printed on paper, but read back right from titles and figures for every row.
    expect(imported.indicators.map((i) => i.unit)).toEqual(seed.indicators.map((i) => i.unit))
  })

  it('sources every imported item to the file, row and column', async () => {
    const outcome = await importFile({ name: fileName, bytes: await write(mainSeed()) }, emptyBase(), TODAY)
    const g1 = outcome.candidate!.indicators.find((i) => i.ref === 'G1')!
    expect(g1.values.find((v) => v.period === '2018-19-Q1')!.source).toEqual({ doc: fileName, line: 5, column: 'Qu 1 18-19' })
    expect(outcome.candidate!.documents).toEqual([
      { id: fileName, file: fileName, title: `Spreadsheet imported in this browser: ${fileName}`, date: TODAY },
    ])
  })

  it('re-imported over the merged seed scorecard changes nothing at all', async () => {
    const merged = loadSeedScorecard()
    const outcome = await importFile({ name: fileName, bytes: await write(merged) }, merged, TODAY)
    expect(outcome.entries.filter((e) => e.status === 'problem')).toEqual([])
    expect(outcome.changes).toEqual([])
    expect(outcome.candidate).toEqual(merged)
    expect(outcome.summary!.unchanged).toHaveLength(merged.indicators.length)
  })
})

describe('seed → JSON export → import', () => {
  it('parses with no issues and gives the merged scorecard back exactly', async () => {
    const merged = loadSeedScorecard()
    const text = serialiseScorecardJson(merged)
    const parsed = parseScorecardJson(text, 'export.json')
    expect(parsed.issues).toEqual([])
    expect(parsed.scorecard).toEqual(merged)
    const outcome = await importFile({ name: 'export.json', bytes: new TextEncoder().encode(text) }, merged, TODAY)
    expect(outcome.changes).toEqual([])
    expect(outcome.candidate).toEqual(merged)
  })
})
