// A new council's scorecard and its template, from the official list and the DfE's published figures.
import { describe, expect, it } from 'vitest'
import type { OfficialPeriod } from '../../../src/domain/official/officialDataset'
import { parseScorecard } from '../../../src/domain/parseScorecard'
import { matchHeader } from '../../../src/domain/spreadsheet/matchHeader'
import { importSheet } from '../../../src/domain/spreadsheet/importSheet'
import { serialiseTemplate } from '../../../src/domain/spreadsheet/serialiseTemplate'
import {
  buildStarterScorecard,
  indicatorOfMeasure,
  periodOfOfficialYear,
  STARTER_YEARS,
} from '../../../src/domain/spreadsheet/starterScorecard'
import { readCouncil, readIndex, readMeasures } from '../../support/officialFiles'
import { loadSeedScorecard } from '../../support/seedFiles'

const measures = readMeasures()
const measure = (code: string) => measures.find((m) => m.code === code)!
const WARRINGTON = 877
const warrington = readCouncil(WARRINGTON)
const published = (code: string) => {
  const row = warrington.series[code]![warrington.areas.indexOf(WARRINGTON)]!
  return measure(code).years.map((y, j) => [y.text, row[j]] as const)
}
const lait = readIndex().sources.find((s) => s.id === 'lait')!

describe('periodOfOfficialYear', () => {
  const year = (kind: OfficialPeriod['kind'], start: string, end: string): OfficialPeriod => ({ text: 'x', kind, start, end, label: 'x' })
  it.each([
    [year('snapshot', '2018-03-31', '2018-03-31'), '2017-18-YE'],
    [year('snapshot', '2025-09-30', '2025-09-30'), '2025-09-30'],
    [year('year-ending', '2017-04-01', '2018-03-31'), '2017-18'],
    [year('financial-year', '2016-04-01', '2017-03-31'), '2016-17'],
    [year('academic-year', '2021-09-01', '2022-08-31'), 'AY2021-22'],
    [year('calendar-year', '2016-01-01', '2016-12-31'), '2016'],
    [year('january-census', '2016-01-21', '2016-01-21'), '2016-01-21'],
  ])('%o is %s', (official, id) => {
    expect(periodOfOfficialYear(official).id).toBe(id)
  })

  it('gives every official year in the catalogue a period', () => {
    for (const m of measures)
      for (const y of m.years) expect(periodOfOfficialYear(y, m.yearType).start <= periodOfOfficialYear(y, m.yearType).end).toBe(true)
  })
})

describe('indicatorOfMeasure', () => {
  it('brings the council’s last five published years, each sourced to the DfE dataset', () => {
    const { indicator } = indicatorOfMeasure(measure('LACnum_Start'), 'DFE1', 'pledge-1', warrington)
    const expected = published('LACnum_Start').slice(-STARTER_YEARS)
    expect(indicator.values.map((v) => [v.source.column, v.kind === 'number' ? v.number : v.kind])).toEqual(expected)
    expect(indicator.values[0]!.source).toEqual({ doc: 'dfe-lait', table: 'LACnum_Start', column: expected[0]![0] })
    expect(indicator).toMatchObject({
      unit: 'count',
      polarity: 'none',
      frequency: 'annual',
      infoFrom: 'DfE LAIT: LACnum_Start',
      official: { measure: 'LACnum_Start', match: 'exact' },
    })
  })

  it('a figure the DfE does not publish stays a status, never a number', () => {
    const cheshire = readCouncil(895)
    const { indicator } = indicatorOfMeasure(measure('LAC_Convictions'), 'DFE1', 'general', cheshire)
    const dashes = indicator.values.filter((v) => v.kind !== 'number')
    expect(dashes.length).toBeGreaterThan(0)
    for (const v of dashes) {
      expect(v).not.toHaveProperty('number')
      expect(v).toMatchObject({ kind: 'not-reported', note: 'DfE: No figure (suppressed or not available; the source does not say which)' })
    }
  })
})

describe('buildStarterScorecard and its template', () => {
  const starter = () =>
    buildStarterScorecard({
      authority: 'Warrington Borough Council',
      title: 'Corporate Parenting Scorecard',
      reportingYearStart: 2025,
      sections: ['Pledge 1: We will keep you safe', 'Pledge 2: We will help you achieve'],
      measures: [
        { measure: measure('LACnum_Start'), section: 'Pledge 1: We will keep you safe' },
        { measure: measure('LAC'), section: 'Pledge 2: We will help you achieve' },
      ],
      councilFile: warrington,
      source: lait,
    })

  it('is a valid scorecard of the council’s own sections, year and the chosen measures, with nothing of another council', () => {
    const scorecard = starter()
    expect(parseScorecard(JSON.parse(JSON.stringify(scorecard)), 'new').issues).toEqual([])
    expect(scorecard).toMatchObject({ authority: 'Warrington Borough Council', reportingYear: '2025-26' })
    expect(scorecard.sections).toEqual([
      { id: 'pledge-1', title: 'Pledge 1: We will keep you safe', kind: 'pledge', number: 1 },
      { id: 'pledge-2', title: 'Pledge 2: We will help you achieve', kind: 'pledge', number: 2 },
    ])
    expect(scorecard.indicators.map((i) => [i.ref, i.section])).toEqual([
      ['DFE1', 'pledge-1'],
      ['DFE2', 'pledge-2'],
    ])
    expect(scorecard.documents[0]!.title).toMatch(/Local Authority Interactive Tool .*bds_long_0\.parquet/)
    expect(JSON.stringify(scorecard)).not.toMatch(/Cheshire/)
  })

  it('a blank one has the sections and the year’s quarters, and no indicators', () => {
    const blank = buildStarterScorecard({
      authority: 'Halton Borough Council',
      title: 'Scorecard',
      reportingYearStart: 2025,
      sections: ['General'],
    })
    expect(blank.indicators).toEqual([])
    expect(blank.periods.map((p) => p.id)).toEqual(['2025-26-Q1', '2025-26-Q2', '2025-26-Q3', '2025-26-Q4'])
  })

  it('the template’s every heading is one the importer recognises, and its Notes sheet explains each', () => {
    const [sheet, notes] = serialiseTemplate(starter(), 2025)
    expect(sheet!.columns.filter((h) => matchHeader(h) === null)).toEqual([])
    expect(sheet!.rows.slice(0, 3).map((r) => r.cells[0]!.text)).toEqual([
      'Corporate Parenting Scorecard',
      'Warrington Borough Council',
      'Reporting year 2025-26',
    ])
    const explained = notes!.rows.map((r) => r.cells[0]!.text)
    for (const heading of ['Ref', 'Indicator', 'Unit', 'Cohort', 'Frequency', 'Amber tolerance', 'Comments'])
      expect(explained).toContain(heading)
  })

  it('imported back as it is, the template gives the same indicators, figures and periods', () => {
    const scorecard = starter()
    const [sheet] = serialiseTemplate(scorecard, 2025)
    const grid = sheet!.rows.map((r) => r.cells.map((c) => c.text))
    const { result, otherCouncil } = importSheet(grid, {
      fileName: 'template.xlsx',
      base: loadSeedScorecard(),
      today: '2025-06-01',
      councilNames: readIndex()
        .areas.filter((a) => a.kind === 'la')
        .map((a) => a.name),
      startNew: true,
    })
    expect(otherCouncil?.name).toBe('Warrington Borough Council')
    const imported = result!.scorecard!
    expect(imported).toMatchObject({
      authority: 'Warrington Borough Council',
      title: 'Corporate Parenting Scorecard',
      reportingYear: '2025-26',
    })
    const figures = (s: typeof scorecard) =>
      s.indicators.map((i) => [
        i.ref,
        i.unit,
        i.polarity,
        i.frequency,
        i.cohorts,
        i.official,
        i.values.filter((v) => v.kind === 'number').map((v) => [v.period, v.kind === 'number' && v.number]),
      ])
    expect(figures(imported)).toEqual(figures(scorecard))
    expect(result!.newIndicators.flatMap((i) => Object.values(i.sources)).filter((s) => s === 'guess')).toEqual([])
  })
})
