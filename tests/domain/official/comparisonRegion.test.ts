import { describe, expect, it } from 'vitest'
import { comparisonRegion } from '../../../src/domain/official/comparisonRegion'
import { readIndex, seriesByYear } from '../../support/officialFiles'

describe('comparisonRegion (LAIT clean_ldn_region)', () => {
  const areas = readIndex().areas
  const camden = areas.find((a) => a.la === 202)!
  const cheshireEast = areas.find((a) => a.la === 895)!

  it('compares a London borough with its London part when the measure has figures for it, else London', () => {
    expect(comparisonRegion(camden, Object.values(seriesByYear('LAC', 987)) as number[])).toBe(987)
    expect(comparisonRegion(camden, ['-', '-', null])).toBe(986)
    expect(comparisonRegion(camden)).toBe(986)
  })

  it('compares other councils with their region', () => {
    expect(comparisonRegion(cheshireEast, [1, 2])).toBe(981)
  })
})
