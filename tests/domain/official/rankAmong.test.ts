import { describe, expect, it } from 'vitest'
import { figureOf } from '../../../src/domain/official/officialDataset'
import { rankAmong } from '../../../src/domain/official/rankAmong'
import { readCouncil, readLatest } from '../../support/officialFiles'

describe('rankAmong (LAIT calculate_rank: ties.method = "min")', () => {
  it('ranks 1 as best by polarity; ties share the better rank and the next skips', () => {
    const figures = [10, 20, 20, 30]
    expect(rankAmong(30, figures, 'high')).toEqual({ rank: 1, of: 4 })
    expect(rankAmong(20, figures, 'high')).toEqual({ rank: 2, of: 4 })
    expect(rankAmong(10, figures, 'high')).toEqual({ rank: 4, of: 4 })
    expect(rankAmong(10, figures, 'low')).toEqual({ rank: 1, of: 4 })
    expect(rankAmong(20, figures, 'low')).toEqual({ rank: 2, of: 4 })
    expect(rankAmong(30, figures, 'low')).toEqual({ rank: 4, of: 4 })
  })

  it('gives no rank without polarity or for a figure not among them', () => {
    expect(rankAmong(20, [10, 20], 'none')).toBeNull()
    expect(rankAmong(15, [10, 20], 'high')).toBeNull()
  })

  it('ranks Cheshire East among all councils and among its neighbours (2025)', () => {
    const latest = readLatest()
    // LACStable_2016on 11% (Low is good): 77 of the 151 councils with a figure are lower.
    expect(rankAmong(11, latest.measures['LACStable_2016on']!.figures, 'low')).toEqual({ rank: 78, of: 151 })
    // CareLeaverEET 64% (High is good): 18 councils are higher, 6 others share 64.
    expect(rankAmong(64, latest.measures['CareLeaverEET']!.figures, 'high')).toEqual({ rank: 19, of: 152 })
    // Among itself and its ten neighbours: 11, then 12 16 14 11 9 15 7 16 9 10.
    // Four are lower (9, 7, 9, 10); Warrington shares 11, so both are 5th.
    const council = readCouncil(895)
    const group = [0, ...council.areas.map((_, i) => i).slice(3)].map((i) => figureOf(council.series['LACStable_2016on']![i]!.at(-1)!))
    expect(group).toEqual([11, 12, 16, 14, 11, 9, 15, 7, 16, 9, 10])
    expect(rankAmong(11, group as number[], 'low')).toEqual({ rank: 5, of: 11 })
  })
})
