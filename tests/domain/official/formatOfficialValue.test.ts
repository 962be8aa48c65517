import { describe, expect, it } from 'vitest'
import { formatNeighbourAverage, formatOfficialValue } from '../../../src/domain/official/formatOfficialValue'
import { measureFileStem } from '../../../src/domain/official/officialDataset'
import { readMeasures } from '../../support/officialFiles'

const percent = { unit: 'percent', dps: 0 } as const
const rate = { unit: 'rate-per-10000', dps: 0 } as const
const score = { unit: 'score', dps: null } as const

describe('formatOfficialValue', () => {
  it('figures in the measure’s unit and decimal places', () => {
    expect(formatOfficialValue(64, percent)).toBe('64%')
    expect(formatOfficialValue(81770, { unit: 'count', dps: 0 })).toBe('81,770')
    expect(formatOfficialValue(66, rate, { withUnit: true })).toBe('66 per 10,000')
    expect(formatOfficialValue(-0.22, score)).toBe('-0.22')
  })

  it('statuses are words, never numbers; a missing row is "No data"', () => {
    expect(formatOfficialValue('-', percent)).toBe('No figure')
    expect(formatOfficialValue('c', percent)).toBe('Suppressed')
    expect(formatOfficialValue('low', percent)).toBe('Low')
    expect(formatOfficialValue(null, percent)).toBe('No data')
    expect(formatOfficialValue(undefined, percent)).toBe('No data')
  })

  it('the neighbours’ average keeps its one decimal place', () => {
    expect(formatNeighbourAverage(768.6, { unit: 'count' })).toBe('768.6')
    expect(formatNeighbourAverage(54, { unit: 'percent' })).toBe('54%')
  })
})

describe('measureFileStem', () => {
  // Moved from tests/scripts/official-stats/crossChecks.test.ts with the function.
  it('makes file names safe and distinct', () => {
    expect(measureFileStem('LACnum')).toBe('LACnum')
    expect(measureFileStem('LAC_LongStable%')).toBe('LAC_LongStable-25')
    expect(measureFileStem('%_of LAC Adopted')).toBe('-25_of-20LAC-20Adopted')
    expect(measureFileStem('CPP_Total_Rateper10,000')).toBe('CPP_Total_Rateper10-2C000')
  })

  it('is the file every measure in the catalogue has, so a view finds it from the code alone', () => {
    for (const m of readMeasures()) expect(measureFileStem(m.code), m.code).toBe(m.file)
  })
})
