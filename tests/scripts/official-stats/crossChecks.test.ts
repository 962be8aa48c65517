import { describe, expect, it } from 'vitest'
import { compareFigures, CROSS_CHECKS, laitAreaOfEesRow, laitYearOfEesPeriod } from '../../../scripts/official-stats/crossChecks'
import { summariseDescription } from '../../../scripts/official-stats/buildOfficialFiles'
import { themeOf } from '../../../scripts/official-stats/measureThemes'
import { unitOfAxisName } from '../../../scripts/official-stats/measureUnit'

describe('cross-checks against EES', () => {
  it('compares figures and statuses', () => {
    expect(compareFigures(476, 476)).toBe('agree')
    expect(compareFigures(476, 477)).toBe('disagree')
    expect(compareFigures('-', 'c')).toBe('both-without-figure')
    expect(compareFigures('-', null)).toBe('both-without-figure')
    // LAIT prints 0 where EES says "low" (a small number that rounds to 0): both are kept.
    expect(compareFigures(0, 'low')).toBe('disagree')
    expect(compareFigures('-', 12)).toBe('disagree')
  })

  it('reads EES years and areas as LAIT numbers them', () => {
    expect(laitYearOfEesPeriod('2025')).toBe('2025')
    expect(laitYearOfEesPeriod('202425')).toBe('2025')
    expect(laitYearOfEesPeriod('199900')).toBe('2000')
    expect(laitYearOfEesPeriod('202426')).toBeUndefined()
    expect(laitAreaOfEesRow({ geographic_level: 'National' })).toBe(970)
    expect(laitAreaOfEesRow({ geographic_level: 'Regional', region_name: 'Yorkshire and The Humber' })).toBe(982)
    expect(laitAreaOfEesRow({ geographic_level: 'Local authority', old_la_code: '895' })).toBe(895)
    expect(laitAreaOfEesRow({ geographic_level: 'Local authority district', old_la_code: '895' })).toBeUndefined()
  })

  it('checks each measure once', () => {
    const codes = CROSS_CHECKS.map((c) => c.code)
    expect(new Set(codes).size).toBe(codes.length)
  })
})

describe('measure metadata', () => {
  it('summarises a definition at a sentence end', () => {
    expect(summariseDescription('Short.\r\r\n\r\r\nSecond paragraph.')).toBe('Short.')
    const long = `${'A sentence of some length. '.repeat(8)}End`
    const summary = summariseDescription(long)
    expect(summary.length).toBeLessThanOrEqual(160)
    expect(summary.endsWith('.')).toBe(true)
  })

  it('maps axis names to units and codes to themes, or says it cannot', () => {
    expect(unitOfAxisName('Rate per 10,000')).toBe('rate-per-10000')
    expect(unitOfAxisName('% of Children Looked After')).toBe('percent')
    expect(unitOfAxisName('Turnover rate')).toBe('percent')
    expect(unitOfAxisName('Number of Children Looked After')).toBe('count')
    expect(unitOfAxisName('Case Load')).toBe('score')
    expect(unitOfAxisName('Rate per 100,000')).toBeUndefined()
    expect(themeOf('LACnum', 'Children Looked After')).toBe('numbers-and-rates')
    expect(themeOf('No_of LAC Adopted', 'Adoption')).toBe('adoption-and-permanence')
    expect(themeOf('PriTotAbs', 'All Pupil Absence & Exclusions')).toBeUndefined()
  })
})
