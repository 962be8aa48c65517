// The committed official dataset: what it holds, read back from the files the
// app serves (no ../shared needed). Figures below were read from
// ../shared/official-stats/lait/bds_long_0.parquet.
import { describe, expect, it } from 'vitest'
import { COMPARE_BUDGET, MEASURE_BUDGET, viewSizes } from '../../../scripts/official-stats/viewBudgets'
import {
  readAllOfficialFiles,
  readCatalogue,
  readCouncil,
  readIndex,
  readLatest,
  readMeasureFile,
  readMeasures,
  readNeighbours,
  seriesByYear,
} from '../../support/officialFiles'

const Y = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i))
const byYear = (years: string[], values: unknown[]) => Object.fromEntries(years.map((y, i) => [y, values[i]]))

describe('measures converted', () => {
  const measures = readMeasures()

  it('covers every measure of the five topics, by topic', () => {
    const byTopic: Record<string, number> = {}
    for (const m of measures) byTopic[m.topic] = (byTopic[m.topic] ?? 0) + 1
    expect(byTopic).toEqual({
      'Children Looked After': 68,
      Adoption: 6,
      'Children in Need': 38,
      'Child Protection': 30,
      "Children's Services Workforce": 14,
    })
  })

  it.each([
    // code, rows (170 areas × years), figures, statuses: counted in the parquet
    ['LACnum', 1700, 1633, 67],
    ['LAC', 1700, 1630, 70],
    ['LAC_Foster_Placements', 1020, 974, 46],
    ['CareLeaverEET', 1700, 1627, 73],
    ['Work_Force_TO_Rate', 1700, 1628, 72],
    ['CPP_Num', 1700, 1624, 76],
    ['CIN', 1700, 1624, 76],
    ['Stability_SocialWorker', 170, 163, 7],
    // its "0" year (170 rows, all "-") has no period and is dropped
    ['CINPermExclusion', 1530, 859, 671],
  ])('%s has %d rows: %d figures and %d statuses', (code, rows, figures, statuses) => {
    const file = readMeasureFile(code)
    const cells = file.values.flat().filter((v) => v !== null)
    expect(cells.length).toBe(rows)
    expect(cells.filter((v) => typeof v === 'number').length).toBe(figures)
    expect(cells.filter((v) => v === '-').length).toBe(statuses)
  })

  it('keeps the dictionary entry: polarity, unit, dps, year type, No_Quartile, update dates', () => {
    const find = (code: string) => measures.find((m) => m.code === code)!
    expect(find('LACStable_2016on')).toMatchObject({
      polarity: 'low',
      unit: 'percent',
      dps: null,
      yearType: 'Financial Year',
      noQuartile: false,
    })
    expect(find('LACnum')).toMatchObject({ polarity: 'none', unit: 'count', dps: 0, lastUpdate: '2025-11-01', nextUpdate: '2026-11-01' })
    expect(find('Vacancies_cover')).toMatchObject({ polarity: 'high', noQuartile: true, lastUpdate: null, lastUpdateText: 'New data' })
    expect(find('LAC_KS2_AVG_Prog8_R')).toMatchObject({ nextUpdate: null, nextUpdateText: 'TBC', unit: 'score', dps: 2 })
    expect(find('LAC').years.map((p) => p.label)).toContain('31 March 2018')
    expect(find('Work_Force_TO_Rate').years.at(-1)).toMatchObject({ text: '2025', label: 'year ending 30 September 2025' })
    expect(find('LAC_KS2_ExpStd_RWM').years.at(-1)).toMatchObject({ text: '2025', kind: 'academic-year', label: 'academic year 2024/25' })
  })
})

describe('real rows', () => {
  it.each([
    // code, LA number (area), years, figures as printed in the parquet (float noise rounded)
    ['LACnum', 895, Y(2016, 2025), [391, 428, 476, 485, 534, 518, 522, 580, 541, 550]], // Cheshire East (README)
    ['LAC', 330, Y(2016, 2025), [64, 64, 67, 67, 66, 66, 73, 77, 79, 79]], // Birmingham
    ['CareLeaverEET', 202, Y(2016, 2025), [55, 56, 67, 62, 68, 60, 61, 71, 62, 58]], // Camden
    ['LAC', 970, Y(2016, 2025), [60, 62, 64, 66, 68, 69, 70, 70, 69, 67]], // England
    ['LACnum', 981, Y(2016, 2025), [12550, 13220, 14050, 14660, 15130, 15240, 15200, 15140, 15070, 14620]], // North West
    ['Work_Force_TO_Rate', 908, Y(2016, 2025), [11, 11.4, 10.8, 10.6, 10.2, 10.2, 11.9, 12.5, 14.3, 11.7]], // Cornwall: "10.199999999999999"
    ['CINTime6-1', 986, Y(2016, 2025), [14.8, 15.2, 15.3, 13.8, 14.6, 12.4, 14.2, 13.5, 13.4, 12.5]], // London
    ['Emotional_LAC', 352, Y(2016, 2025), [12.2, 12.8, 13, 12.3, 11.6, 11.9, 12.8, 12.5, 12.9, 12.9]], // Manchester: "12.200000000000001"
    ['LAC_KS2_AVG_Prog8_M', 970, Y(2016, 2023), [-1.3, -1.07, -0.77, -0.98, '-', '-', -1.03, -0.63]], // England, no tests in 2020, 2021
    ['LACnum', 909, Y(2016, 2025), [659, 632, 666, 683, 721, 736, 734, 740, '-', '-']], // Cumbria, replaced in 2023
    ['LAC_Foster_Placements', 942, Y(2020, 2025), ['-', '-', '-', '-', 64, 73]], // Cumberland, created in 2023
  ])('%s for %d', (code, la, years, values) => {
    expect(seriesByYear(code, la)).toEqual(byYear(years, values))
  })

  it('keeps suppressed and unavailable rows as statuses, never numbers', () => {
    expect(Object.values(seriesByYear('LACHealth%', 201))).toEqual(Array(8).fill('-')) // City of London
    expect(seriesByYear('CPPlans2yrsActive', 895)).toEqual(byYear(Y(2016, 2025), [0, '-', 0, 0, '-', '-', '-', 0, '-', '-']))
  })
})

describe('areas and neighbours', () => {
  const index = readIndex()

  it('lists 153 councils with names, ONS codes and regions, plus former councils, regions and England', () => {
    const councils = index.areas.filter((a) => a.kind === 'la')
    expect(councils).toHaveLength(153)
    expect(councils.every((a) => a.code !== null && /^E0[689]|^E10/.test(a.code) && a.region !== undefined)).toBe(true)
    expect(index.areas.find((a) => a.la === 895)).toEqual({
      la: 895,
      name: 'Cheshire East',
      code: 'E06000049',
      kind: 'la',
      region: 981,
      laType: 'UA',
    })
    expect(index.areas.find((a) => a.la === 202)).toMatchObject({ region: 986, londonPart: 987 })
    expect(index.areas.filter((a) => a.kind === 'former-la').map((a) => a.la)).toEqual([835, 836, 837, 909, 928])
    expect(index.areas.filter((a) => a.kind === 'region')).toHaveLength(9)
    expect(index.areas.find((a) => a.la === 970)).toMatchObject({ name: 'England', kind: 'england' })
  })

  it('has both neighbour models; the council file carries the 2025 ten with closeness', () => {
    const { models } = readNeighbours()
    expect(models['2025'].groups['895']).toEqual([916, 937, 815, 877, 865, 850, 896, 931, 885, 855])
    expect(Object.keys(models['2025'].groups).length).toBeGreaterThanOrEqual(153)
    expect(models['2021'].groups['942']).toBeUndefined() // Cumberland is "-" in the 2021 model
    const council = readCouncil(895)
    expect(council.areas).toEqual([895, 981, 970, 916, 937, 815, 877, 865, 850, 896, 931, 885, 855])
    expect(council.neighbours[0]).toEqual({ la: 916, closeness: 'Very close' })
    expect(readCouncil(202).areas.slice(0, 3)).toEqual([202, 986, 987])
  })
})

describe('files and sizes', () => {
  it('every measure has its file, with every area', () => {
    const index = readIndex()
    const catalogue = readCatalogue()
    for (const m of readMeasures()) {
      const file = readMeasureFile(m.code)
      expect(file.measure).toEqual(m)
      expect(file.areas).toEqual(index.areas.map((a) => a.la))
      for (const row of file.values) expect(row).toHaveLength(m.years.length)
    }
    expect(catalogue.periods.length).toBeLessThan(60)
  })

  it('latest.json holds every council figure of the latest year for ranked measures, ascending', () => {
    const latest = readLatest()
    const measures = readMeasures()
    const ranked = measures.filter((m) => m.polarity !== 'none')
    expect(Object.keys(latest.measures).sort()).toEqual(ranked.map((m) => m.code).sort())
    const entry = latest.measures['LACStable_2016on']!
    expect(entry.year).toBe('2025')
    expect(entry.figures.length + entry.withoutFigure).toBe(158) // 153 councils and 5 former ones
    expect([...entry.figures].sort((a, b) => a - b)).toEqual(entry.figures)
  })

  it('meets the size budgets for every council and every measure (gzipped)', () => {
    const sizes = viewSizes(readAllOfficialFiles())
    expect(sizes.compare).toHaveLength(153)
    expect(sizes.measure).toHaveLength(156)
    expect(sizes.compare[0]!.bytes).toBeLessThanOrEqual(COMPARE_BUDGET)
    expect(sizes.measure[0]!.bytes).toBeLessThanOrEqual(MEASURE_BUDGET)
  })
})
