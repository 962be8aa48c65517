import { describe, expect, it } from 'vitest'
import { seriesFromCouncilFile, seriesFromMeasureFile } from '../../../src/domain/official/areaSeries'
import { councilsInYear } from '../../../src/domain/official/councilsInYear'
import { describeOfficialTrend, officialTrend } from '../../../src/domain/official/officialTrend'
import { readCouncil, readIndex, readLatest, readMeasureFile, readMeasures } from '../../support/officialFiles'

const areas = readIndex().areas
const neighbours = readCouncil(895).neighbours.map((n) => n.la)

describe('councilsInYear: one measure across England', () => {
  it('ranks and bands on the same figures as latest.json, for every measure with a polarity', () => {
    const latest = readLatest()
    for (const measure of readMeasures()
      .filter((m) => m.polarity !== 'none')
      .slice(0, 20)) {
      const file = readMeasureFile(measure.code)
      const year = file.measure.years.length - 1
      const result = councilsInYear(file.measure, areas, seriesFromMeasureFile(file), year, 895, neighbours)
      expect(result.figures, measure.code).toEqual(latest.measures[measure.code]!.figures)
    }
  })

  it('marks the council and its neighbours, with ranks and bands from the LAIT rules', () => {
    const file = readMeasureFile('LACStable_2016on')
    const result = councilsInYear(file.measure, areas, seriesFromMeasureFile(file), file.measure.years.length - 1, 895, neighbours)
    expect(result.rows).toHaveLength(153)
    const row = (la: number) => result.rows.find((r) => r.area.la === la)!
    expect(row(895)).toMatchObject({ role: 'council', value: 11, band: 'C' })
    expect(row(916).role).toBe('neighbour')
    expect(row(330)).toMatchObject({ role: 'other', value: 9, band: 'B' })
    expect(row(341)).toMatchObject({ value: 7, band: 'A' })
    expect(result.cutPoints).toEqual([0, 8, 10, 12, 18])
    expect(result.withoutFigure).toBe(153 - 151)
  })
})

describe('officialTrend', () => {
  it('every year of the council, England, region and neighbour average, and a description from the same rows', () => {
    const measure = readMeasures().find((m) => m.code === 'LACSubstance')!
    const file = readCouncil(895)
    const council = areas.find((a) => a.la === 895)!
    const trend = officialTrend(
      measure,
      council,
      file.neighbours.map((n) => areas.find((a) => a.la === n.la)!),
      seriesFromCouncilFile(file, measure.code),
      areas,
    )
    expect(trend.rows.map((r) => r.council)).toEqual([4, 4, 5, 6, 5, 5, 2, '-', '-', '-'])
    expect(trend.region?.name).toBe('North West')
    expect(trend.figureCount).toBe(7)
    const text = describeOfficialTrend(trend)
    expect(text).toContain('Cheshire East: 4% (year ending 31 March 2016) to 2% (year ending 31 March 2022).')
    expect(text).toContain('In the year ending 31 March 2025: Cheshire East No figure, England 3%')
    expect(text).toContain('3 years have no figure for Cheshire East; the line has a gap there, not a zero.')
  })

  it('for a count, says England and the region are totals in the table, not drawn', () => {
    const measure = readMeasures().find((m) => m.code === 'LACnum')!
    const file = readCouncil(895)
    const council = areas.find((a) => a.la === 895)!
    const trend = officialTrend(measure, council, [], seriesFromCouncilFile(file, measure.code), areas)
    expect(describeOfficialTrend(trend)).toMatch(
      /^Number of Children looked after: Cheshire East against its neighbours’ average, 2016 to 2025 \(England and North West are totals, given in the table, not drawn\)\. Cheshire East: 391 \(31 March 2016\) to 550 \(31 March 2025\)\. On 31 March 2025: Cheshire East 550, England 81,770/,
    )
  })
})
