// One measure for one council, put together from the LAIT rules, checked
// against figures worked out by hand from the committed 2025 data.
import { describe, expect, it } from 'vitest'
import { seriesFromCouncilFile } from '../../../src/domain/official/areaSeries'
import {
  compareMeasure,
  shortfallAgainstNeighbours,
  sortWorstAgainstNeighbours,
  type MeasureComparison,
} from '../../../src/domain/official/compareMeasure'
import { compareCouncil, neighboursOf } from '../../../src/domain/official/compareCouncil'
import type { OfficialMeasure } from '../../../src/domain/official/officialDataset'
import { readCouncil, readIndex, readLatest, readMeasures } from '../../support/officialFiles'

const measures = readMeasures()
const areas = readIndex().areas
const measureOf = (code: string) => measures.find((m) => m.code === code)!
const councilOf = (la: number) => areas.find((a) => a.la === la)!

function compare(code: string, la: number) {
  const file = readCouncil(la)
  return compareMeasure(measureOf(code), {
    council: councilOf(la),
    neighbours: file.neighbours.map((n) => n.la),
    series: seriesFromCouncilFile(file, code),
    latest: readLatest().measures[code],
  })
}

describe('compareMeasure', () => {
  // LACStable_2016on (% with three or more placements; low is good), 2025.
  // Cheshire East 11; its ten 2025 neighbours 12, 16, 14, 11, 9, 15, 7, 16, 9, 10:
  // mean 119 / 10 = 11.9. Among the eleven, 9, 7, 9 and 10 are better: rank 5.
  // England 10, North West 9. Band C (tests/domain/official/quartileBand.test.ts).
  it('Cheshire East, placement stability: every comparator, rank and band', () => {
    const row = compare('LACStable_2016on', 895)
    expect(row.period?.text).toBe('2025')
    expect(row.value).toBe(11)
    expect(row.england).toBe(10)
    expect(row.region).toEqual({ la: 981, value: 9 })
    expect(row.neighbours).toMatchObject({ average: 11.9, coverage: '10 of 10' })
    expect(row.neighbourRank).toEqual({ rank: 5, of: 11 })
    expect(row.band).toMatchObject({ band: 'C' })
    expect(row.nationalRank?.of).toBe(151)
    expect(row.gapToNeighbours).toEqual({ gap: -0.9, word: 'better' })
    expect(row.gapToEngland).toEqual({ gap: 1, word: 'worse' })
    // 25% and 75% cut points 8 and 12.
    expect(row.spread).toBe(4)
    expect(row.trend).toHaveLength(10)
  })

  it('a London borough is compared with Inner or Outer London where the measure has figures for it', () => {
    // Camden, LAC_LongStable%: 2025 figure 56; Inner London 68; England 69.
    const row = compare('LAC_LongStable%', 202)
    expect(row.value).toBe(56)
    expect(row.region).toEqual({ la: 987, value: 68 })
    expect(row.england).toBe(69)
  })

  it('a status has no rank, band or gap, and is a gap in the trend, never a zero', () => {
    // Cheshire East, LACSubstance: 2023–2025 are "-".
    const row = compare('LACSubstance', 895)
    expect(row.value).toBe('-')
    expect(row.neighbourRank).toBeNull()
    expect(row.band).toBeNull()
    expect(row.gapToNeighbours).toBeUndefined()
    expect(row.direction.raw).toBeNull()
    expect(row.trend).toEqual([4, 4, 5, 6, 5, 5, 2, null, null, null])
  })

  it('without a polarity: comparators but no rank, band or better/worse', () => {
    // LACnum 2025: 550; neighbours 758 + 727 + 561 + 310 + 478 + 1738 + 584 + 800 + 1036 + 694 = 7686 → 768.6.
    const row = compare('LACnum', 895)
    expect(row.value).toBe(550)
    expect(row.neighbours.average).toBe(768.6)
    expect(row.neighbourRank).toBeNull()
    expect(row.band).toBeNull()
    expect(row.gapToNeighbours?.word).toBe('lower')
  })

  it('an earlier year has comparators and ranks among neighbours but no national band (latest.json is the latest year)', () => {
    const measure = measureOf('LACStable_2016on')
    const file = readCouncil(895)
    const row = compareMeasure(
      measure,
      {
        council: councilOf(895),
        neighbours: file.neighbours.map((n) => n.la),
        series: seriesFromCouncilFile(file, measure.code),
        latest: readLatest().measures[measure.code],
      },
      measure.years.length - 2,
    )
    expect(row.period?.text).toBe('2024')
    expect(row.neighbourRank).not.toBeNull()
    expect(row.band).toBeNull()
    expect(row.nationalRank).toBeNull()
  })
})

describe('compareCouncil and the neighbour models', () => {
  it('compares every measure, with the 2025 neighbours by default and the 2021 ones from the extra file', () => {
    const file = readCouncil(895)
    const rows = compareCouncil({ council: councilOf(895), measures, file, latest: readLatest(), model: '2025' })
    expect(rows).toHaveLength(measures.length)
    expect(neighboursOf('2025', file).map((n) => n.la)).toEqual([916, 937, 815, 877, 865, 850, 896, 931, 885, 855])
    expect(() => neighboursOf('2021', file)).toThrow('not loaded')
  })
})

describe('worst against neighbours', () => {
  const measure = (polarity: OfficialMeasure['polarity'], code: string) => ({ ...measureOf('LACStable_2016on'), polarity, code })
  const row = (code: string, polarity: OfficialMeasure['polarity'], value: number | '-', average: number | null, spread?: number) =>
    ({ measure: measure(polarity, code), value, neighbours: { average, covered: 10, of: 10, coverage: '10 of 10' }, spread }) as Pick<
      MeasureComparison,
      'measure' | 'value' | 'neighbours' | 'spread'
    >

  it('measures the gap in units of how widely councils differ, by polarity', () => {
    expect(shortfallAgainstNeighbours(row('a', 'low', 14, 10, 4))).toBe(1)
    expect(shortfallAgainstNeighbours(row('b', 'high', 14, 10, 4))).toBe(-1)
    expect(shortfallAgainstNeighbours(row('c', 'none', 14, 10, 4))).toBeUndefined()
    expect(shortfallAgainstNeighbours(row('d', 'low', '-', 10, 4))).toBeUndefined()
    expect(shortfallAgainstNeighbours(row('e', 'low', 14, null, 4))).toBeUndefined()
    expect(shortfallAgainstNeighbours(row('f', 'low', 14, 10))).toBeUndefined()
  })

  it('sorts the furthest behind first and those it cannot judge last, in their order', () => {
    const rows = [
      row('none', 'none', 1, 1, 1),
      row('slightly-worse', 'low', 11, 10, 10),
      row('better', 'high', 20, 10, 5),
      row('much-worse', 'high', 2, 10, 2),
      row('no-figure', 'low', '-', 10, 1),
    ]
    expect(sortWorstAgainstNeighbours(rows).map((r) => r.measure.code)).toEqual([
      'much-worse',
      'slightly-worse',
      'better',
      'none',
      'no-figure',
    ])
  })
})
