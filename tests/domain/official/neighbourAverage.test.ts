import { describe, expect, it } from 'vitest'
import { neighbourAverage, roundHalfAway } from '../../../src/domain/official/neighbourAverage'
import { readCouncil } from '../../support/officialFiles'

describe('neighbourAverage', () => {
  it('is the mean of the neighbours with a figure, to one decimal place, with its coverage', () => {
    // Cheshire East's 2025 neighbours, LACStable_2016on 2025:
    // 12 + 16 + 14 + 11 + 9 + 15 + 7 + 16 + 9 + 10 = 119; 119 / 10 = 11.9
    const council = readCouncil(895)
    const neighbours = council.series['LACStable_2016on']!.slice(3).map((row) => row.at(-1)!)
    expect(neighbourAverage(neighbours)).toEqual({ average: 11.9, covered: 10, of: 10, coverage: '10 of 10' })
  })

  it('leaves out suppressed and missing figures and says "9 of 10"', () => {
    expect(neighbourAverage([10, 20, '-', 30, 40, 50, 60, 70, 80, 90])).toMatchObject({ average: 50, covered: 9, coverage: '9 of 10' })
    expect(neighbourAverage([1, 2, 'c', null, undefined])).toMatchObject({ average: 1.5, covered: 2, of: 5, coverage: '2 of 5' })
  })

  it('has no average when no neighbour has a figure', () => {
    expect(neighbourAverage(['-', '-', null])).toEqual({ average: null, covered: 0, of: 3, coverage: '0 of 3' })
  })

  it('rounds half away from zero', () => {
    expect(neighbourAverage([12.2, 12.3])).toMatchObject({ average: 12.3 }) // 12.25
    expect(roundHalfAway(-0.25, 1)).toBe(-0.3)
    expect(roundHalfAway(1.005, 2)).toBe(1.01)
    expect(roundHalfAway(-0.04, 1)).toBe(0)
  })
})
