import { describe, expect, it } from 'vitest'
import { officialDirection } from '../../../src/domain/official/officialDirection'
import { readCouncil, readMeasures } from '../../support/officialFiles'

const measureAndCheshireEast = (code: string) => {
  const measure = readMeasures().find((m) => m.code === code)!
  return { years: measure.years, values: readCouncil(895).series[code]![0]!, measure }
}

describe('officialDirection', () => {
  it('judges the latest year against the year before by polarity', () => {
    // CareLeaverEET, Cheshire East: 53% in 2024, 64% in 2025 (High is good)
    const { years, values, measure } = measureAndCheshireEast('CareLeaverEET')
    expect(officialDirection(years, values, measure.polarity, measure.unit)).toMatchObject({
      raw: 'up',
      meaning: 'improving',
      from: { year: '2024', figure: 53 },
      to: { year: '2025', figure: 64 },
      change: 11,
      // The figures in their unit, as beside them on the page.
      reason: '64% in year ending 31 March 2025, up from 53% in year ending 31 March 2024: improving.',
    })
    // LACStable_2016on: 14% in 2024, 11% in 2025 (Low is good)
    const stable = measureAndCheshireEast('LACStable_2016on')
    expect(officialDirection(stable.years, stable.values, 'low', 'percent')).toMatchObject({ raw: 'down', meaning: 'improving' })
  })

  it('judges the last three years: the latest against two years before', () => {
    // CareLeaverEET: 55% in 2023 → 64% in 2025
    const { years, values, measure } = measureAndCheshireEast('CareLeaverEET')
    expect(officialDirection(years, values, measure.polarity, measure.unit, 2)).toMatchObject({
      from: { year: '2023', figure: 55 },
      meaning: 'improving',
    })
  })

  it('uses the scorecard’s "no real change" rule', () => {
    // LAC rate, Cheshire East: 66 in 2024 and 2025 (no polarity)
    const { years, values, measure } = measureAndCheshireEast('LAC')
    expect(officialDirection(years, values, measure.polarity, measure.unit)).toMatchObject({ raw: 'same', meaning: 'none' })
    const two = years.slice(-2)
    expect(officialDirection(two, [60.2, 60.6], 'high', 'percent')).toMatchObject({ raw: 'same', meaning: 'no-change' })
    expect(officialDirection(two, [60.2, 60.8], 'high', 'percent')).toMatchObject({ raw: 'up', meaning: 'improving' })
    expect(officialDirection(two, [500, 504], 'low', 'count')).toMatchObject({ raw: 'same', meaning: 'no-change' })
  })

  it('gives no direction across a status, a gap in the years, or without an earlier year', () => {
    const { years } = measureAndCheshireEast('LAC')
    const last3 = years.slice(-3)
    expect(officialDirection(last3, [10, 12, '-'], 'high', 'percent')).toMatchObject({ raw: null, meaning: 'none' })
    expect(officialDirection(last3, [10, '-', 12], 'high', 'percent').reason).toMatch(/No figure for 31 March 2024/)
    expect(officialDirection([years[0]!, years[2]!], [10, 12], 'high', 'percent').reason).toMatch(/year before/)
    expect(officialDirection(years.slice(0, 1), [10], 'high', 'percent').raw).toBeNull()
    expect(officialDirection([], [], 'high', 'percent').raw).toBeNull()
  })
})
