import { describe, expect, it } from 'vitest'
import { quantileType7, quartileBand, quartileCutPoints } from '../../../src/domain/official/quartileBand'
import { readLatest, readMeasures, seriesByYear } from '../../support/officialFiles'

describe('quantileType7 (R quantile, type 7)', () => {
  it('matches R for small vectors', () => {
    // R: quantile(c(1, 2, 3, 4)) → 1, 1.75, 2.5, 3.25, 4
    expect(quartileCutPoints([4, 1, 3, 2])).toEqual([1, 1.75, 2.5, 3.25, 4])
    // R: quantile(c(10, 20, 30)) → 10, 15, 20, 25, 30
    expect(quartileCutPoints([10, 20, 30])).toEqual([10, 15, 20, 25, 30])
    expect(quantileType7([7], 0.25)).toBe(7)
    expect(() => quantileType7([], 0.5)).toThrow()
  })
})

describe('quartileBand: LAIT’s bands, worked by hand from the 2025 data', () => {
  const latest = readLatest()
  const measures = readMeasures()
  const bandOf = (code: string, la: number) => {
    const m = measures.find((x) => x.code === code)!
    const value = seriesByYear(code, la)['2025'] as number
    return quartileBand(value, latest.measures[code]!.figures, m.polarity, m.noQuartile)
  }

  // LACStable_2016on (% with 3+ placements, Low is good), 2025: 151 councils
  // have a figure (7 are "-"). Type 7: h = (n − 1) × p = 150p.
  //   25%: h = 37.5, between the 38th and 39th smallest: 8 and 8 → 8
  //   50%: h = 75, the 76th smallest: 10
  //   75%: h = 112.5, between the 113th and 114th: 12 and 12 → 12
  // Low polarity: A ≤ 8, B (8, 10], C (10, 12], D > 12.
  it.each([
    [895, 11, 'C'], // Cheshire East
    [330, 9, 'B'], // Birmingham
    [341, 7, 'A'], // Liverpool
    [201, 0, 'A'], // City of London
  ])('LACStable_2016on: %d (%d%%) is %s', (la, value, band) => {
    expect(seriesByYear('LACStable_2016on', la)['2025']).toBe(value)
    expect(bandOf('LACStable_2016on', la)).toMatchObject({ band, cutPoints: [0, 8, 10, 12, 18] })
  })

  // CareLeaverEET (% of care leavers 19-21 in education, employment or
  // training, High is good), 2025: 152 figures; h = 151p.
  //   25%: h = 37.75: 38th 49, 39th 49 → 49
  //   50%: h = 75.5: 76th 54, 77th 55 → 54 + 0.5 × 1 = 54.5
  //   75%: h = 113.25: 114th 60, 115th 60 → 60
  // High polarity: D ≤ 49, C (49, 54.5], B (54.5, 60], A > 60.
  it.each([
    [895, 64, 'A'], // Cheshire East
    [330, 55, 'B'], // Birmingham
    [938, 56, 'B'], // West Sussex
  ])('CareLeaverEET: %d (%d%%) is %s', (la, value, band) => {
    expect(seriesByYear('CareLeaverEET', la)['2025']).toBe(value)
    expect(bandOf('CareLeaverEET', la)).toMatchObject({ band, cutPoints: [28, 49, 54.5, 60, 79] })
  })

  // Work_Force_TO_Rate (social worker turnover, Low is good), 2025: 150
  // figures; h = 149p.
  //   25%: h = 37.25: 38th 9.5, 39th 9.5 → 9.5
  //   50%: h = 74.5: 75th 11.7, 76th 11.8 → 11.7 + 0.5 × 0.1 = 11.75
  //   75%: h = 111.75: 112th 15.2, 113th 15.4 → 15.2 + 0.75 × 0.2 = 15.35
  it.each([
    [895, 19.2, 'D'], // Cheshire East
    [330, 8.5, 'A'], // Birmingham
    [871, 23.3, 'D'], // Slough
  ])('Work_Force_TO_Rate: %d (%d%%) is %s', (la, value, band) => {
    expect(seriesByYear('Work_Force_TO_Rate', la)['2025']).toBe(value)
    const result = bandOf('Work_Force_TO_Rate', la)
    expect(result.band).toBe(band)
    if (result.band) {
      const [min, q25, q50, q75, max] = result.cutPoints
      expect([min, q25, max]).toEqual([0, 9.5, 34.9])
      expect(q50).toBeCloseTo(11.75, 10)
      expect(q75).toBeCloseTo(15.35, 10)
    }
  })

  it('puts a figure on a cut point in the lower interval, as LAIT does', () => {
    const figures = [1, 2, 3, 4, 5] // cut points 1, 2, 3, 4, 5
    expect(quartileBand(2, figures, 'low', false).band).toBe('A')
    expect(quartileBand(2, figures, 'high', false).band).toBe('D')
    expect(quartileBand(4, figures, 'high', false).band).toBe('B')
    expect(quartileBand(4.01, figures, 'high', false).band).toBe('A')
    expect(quartileBand(1, figures, 'high', false).band).toBe('D')
  })

  it('gives no band without polarity, for No_Quartile measures, or with no figures', () => {
    expect(quartileBand(3, [1, 2, 3], 'none', false)).toMatchObject({ band: null, reason: expect.stringContaining('no polarity') })
    expect(quartileBand(3, [1, 2, 3], 'high', true)).toMatchObject({ band: null, reason: expect.stringContaining('no quartile band') })
    expect(quartileBand(3, [], 'high', false).band).toBeNull()
    const vacanciesCover = measures.find((m) => m.code === 'Vacancies_cover')!
    expect(
      quartileBand(88.7, latest.measures['Vacancies_cover']!.figures, vacanciesCover.polarity, vacanciesCover.noQuartile).band,
    ).toBeNull()
  })
})
