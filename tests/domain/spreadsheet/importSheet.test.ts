// A sheet's import as a whole: which headings, whose council, which year a bare quarter is.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Scorecard } from '../../../src/domain/scorecardSchema'
import { importSheet } from '../../../src/domain/spreadsheet/importSheet'
import { readIndex, readCouncil, readMeasures } from '../../support/officialFiles'
import { loadSeedScorecard } from '../../support/seedFiles'

const NAMES = readIndex()
  .areas.filter((a) => a.kind === 'la')
  .map((a) => a.name)
let base: Scorecard
beforeAll(() => {
  base = loadSeedScorecard()
})
const options = (extra = {}) => ({ fileName: 'file.xlsx', base, today: '2019-01-22', councilNames: NAMES, ...extra })

// Warrington's published rates of children looked after (LAIT, measure LAC), 31 March 2018 and 2019.
const warrington = readCouncil(877)
const lac = warrington.series.LAC![warrington.areas.indexOf(877)]!
const lacYears = readMeasures()
  .find((m) => m.code === 'LAC')!
  .years.map((y) => y.text)
const rateIn = (year: string) => lac[lacYears.indexOf(year)] as number

describe('importSheet', () => {
  const otherCouncil = [
    ['Warrington Borough Council'],
    ['Corporate Parenting Board scorecard 2018/19'],
    ['Ref', 'Measure', 'As at 31/03/2018', 'As at 31/03/2019'],
    ['W1', 'Children looked after rate per 10,000', String(rateIn('2018')), String(rateIn('2019'))],
  ]

  it('names another council in the title rows and merges nothing', () => {
    const sheet = importSheet(otherCouncil, options())
    expect(sheet.otherCouncil).toEqual({ name: 'Warrington Borough Council', from: 'title rows' })
    expect(sheet.result).toBeNull()
    expect(sheet.entries.at(-1)!.message).toMatch(/name Warrington Borough Council, but the scorecard in use is Cheshire East Council's/)
  })

  it('starts that council’s own scorecard when asked, with nothing of the one in use', () => {
    const { result } = importSheet(otherCouncil, options({ startNew: true }))
    const scorecard = result!.scorecard!
    expect(scorecard).toMatchObject({ authority: 'Warrington Borough Council', reportingYear: '2018-19', documents: [{ id: 'file.xlsx' }] })
    expect(scorecard.indicators.map((i) => i.ref)).toEqual(['W1'])
    expect(scorecard.periods.map((p) => [p.id, p.kind])).toEqual([
      ['2018-03-31', 'as-at'],
      ['2019-03-31', 'as-at'],
    ])
    expect(JSON.stringify(scorecard)).not.toMatch(/Cheshire/)
  })

  it('its own council’s name is no obstacle', () => {
    const own = [['Cheshire East Council'], ['Ref', 'Indicator', 'Qu 3 18-19'], ['G1', 'Number of cared for children', '501']]
    const sheet = importSheet(own, options())
    expect(sheet.otherCouncil).toBeUndefined()
    expect(sheet.result!.scorecard!.indicators.find((i) => i.ref === 'G1')!.values.at(-1)).toMatchObject({ number: 501 })
  })

  it('a bare "Quarter 1" takes its year from the title, else the reporting year, else waits for the officer', () => {
    const sheet = (title: string) => [
      [title],
      ['Ref', 'Indicator', 'Quarter 1', 'Quarter 2'],
      ['G1', 'Number of cared for children', '496', '495'],
    ]
    const periodsOf = (s: ReturnType<typeof importSheet>) =>
      s.columns!.columns.slice(2).map((c) => ('period' in c.role ? c.role.period?.id : c.role.field))
    expect(periodsOf(importSheet(sheet('Scorecard 2018/19'), options()))).toEqual(['2018-19-Q1', '2018-19-Q2'])
    expect(periodsOf(importSheet(sheet('Scorecard'), options()))).toEqual(['2018-19-Q1', '2018-19-Q2'])
    const noYear = importSheet(sheet('Scorecard'), options({ base: { ...base, reportingYear: 'Not stated' } }))
    expect(periodsOf(noYear)).toEqual(['undated', 'undated'])
    expect(noYear.entries.find((e) => e.column === 'Quarter 1')!.message).toMatch(
      /neither the heading nor the sheet's title says which year/,
    )
  })

  it('refuses a sheet it cannot read with the same message each time, naming what it saw and what it needs', () => {
    const grid = [
      ['Name', 'Value', 'Date'],
      ['Children in care', '495', '2018-09-30'],
    ]
    const first = importSheet(grid, options())
    expect(first.result).toBeNull()
    expect(first.entries[0]!.message).toBe(importSheet(grid, options()).entries[0]!.message)
    expect(first.entries[0]!.message).toMatch(
      /The headings on row 1 are "Name" \(not recognised\), "Value" \(not recognised\), "Date" \(not recognised\)\. The importer needs a Ref column/,
    )
    expect(first.columns!.readable).toBe(false)
  })

  it('reads it once the officer maps it, including the row the headings are on', () => {
    const grid = [
      ['Our figures'],
      ['Code', 'What is measured', 'Outturn 2019/20'],
      ['CS7', 'Number of children who started to be looked after', '179'],
    ]
    const mapping = {
      headerRow: 2,
      columns: [
        { heading: 'Code', role: { field: 'ref' as const } },
        { heading: 'What is measured', role: { field: 'indicator' as const } },
      ],
    }
    const { result, columns } = importSheet(grid, options({ mapping }))
    expect(columns!.columns.map((c) => c.status)).toEqual(['mapped', 'mapped', 'recognised'])
    expect(result!.scorecard!.indicators.find((i) => i.ref === 'CS7')!.values).toMatchObject([{ period: '2019-20', number: 179 }])
  })
})
