import { describe, expect, it } from 'vitest'
import { parseScorecardJson } from '../../../src/domain/parseScorecard'
import { paperCellText, paperTargetText } from '../../../src/domain/spreadsheet/paperText'
import { inferCohorts, inferFrequency, inferUnit } from '../../../src/domain/spreadsheet/inferIndicatorMeta'
import { readSeedText } from '../../support/seedFiles'

describe('inferring what the paper does not print, for a new indicator', () => {
  it.each([
    ['% of initial health assessments completed within 20 working days', ['57% (63%)'], 'percent'],
    ['Rate per 10,000 cared for children', ['62.9'], 'rate-per-10000'],
    ['Average number of days between placement order and match', ['81', '108'], 'days'],
    ['% cared for children reviews in timescales', ['91.0%'], 'percent'],
    ['Number of care leavers with a health passport', ['85%', '47%'], 'percent'],
    ['% of young people where we have undertaken a screening tool', [''], 'percent'],
    ['Average weekly cost', ['£3,561'], 'gbp-per-week'],
    ['Sufficiency strategy in place', ['Yes', 'No'], 'yes-no'],
    ['Number of cared for children', ['477', 'Supressed'], 'count'],
  ])('unit of %j', (title, typed, unit) => {
    expect(inferUnit(title, typed)).toBe(unit)
  })

  it.each([
    ['Percentage of completed PEPs (Termly)', 'termly'],
    ['Number of Permanent Exclusions 1/2 termly - Primary', 'half-termly'],
    ['% 16-18 year olds in Care that are NEET (monthly)', 'monthly'],
    ['% of review health assessments completed (ytd fig)', 'year-to-date'],
    ['Number of cared for children', 'quarterly'],
  ])('frequency of %j', (title, frequency) => {
    expect(inferFrequency(title)).toBe(frequency)
  })

  it.each([
    ['Number of care leavers', 'general', ['care-leavers']],
    ['Number of cared for children', 'pledge', ['cared-for-children']],
    ['Placements with in-house carers', 'sufficiency', ['sufficiency']],
    ['Dental checks', 'health', ['health']],
  ] as const)('cohorts of %j in a %s section', (title, kind, cohorts) => {
    expect(inferCohorts(title, kind)).toEqual(cohorts)
  })

  it('gets the unit of every main seed indicator right from its title and printed figures', () => {
    const seed = parseScorecardJson(readSeedText('corporate-parenting-scorecard-2018-19-q2.json'), 'seed').scorecard!
    const wrong = seed.indicators.filter(
      (i) => inferUnit(i.title, [...i.values.map((v) => paperCellText(v, i.unit)), paperTargetText(i.target, i.unit)]) !== i.unit,
    )
    expect(wrong.map((i) => i.ref)).toEqual([])
  })
})
