import { describe, expect, it } from 'vitest'
import { assessIndicator } from '../../../src/domain/assessIndicator'
import type { Indicator } from '../../../src/domain/scorecardSchema'
import { filterAssessments, matchesSearch } from '../../../src/features/scorecard-table/filterAssessments'
import type { Filters } from '../../../src/features/scorecard-table/tableQuery'
import { buildIndicator, num, PERIOD_INDEX, status } from '../../support/buildIndicator'

const Q2 = '2018-19-Q2'
const source = { doc: 'test', line: 1 }
const assess = (overrides: Partial<Indicator>) => assessIndicator(buildIndicator(overrides), Q2, PERIOD_INDEX)

// Four rows covering each filter: red and worsening, green and improving, not rated, suppressed.
const ROWS = [
  assess({
    ref: 'P2.12',
    title: '% 16-18 year old Care leavers that are NEET',
    section: 'pledge-2',
    cohorts: ['care-leavers'],
    lead: 'Laura Rogerson',
    polarity: 'low-is-good',
    target: { kind: 'number', value: 10 },
    values: [num('2018-19-Q1', 20), num(Q2, 50)],
    commentary: [{ period: Q2, text: 'Small cohort; each young person is tracked.', source }],
  }),
  assess({
    ref: 'P1.2',
    title: '% cared for children reviews in timescales',
    section: 'pledge-1',
    cohorts: ['cared-for-children'],
    lead: 'Karen Chan',
    target: { kind: 'number', value: 90 },
    values: [num('2018-19-Q1', 80), num(Q2, 95)],
    commentary: [{ period: '2018-19-Q1', text: 'An old comment about apprenticeships.', source }],
  }),
  assess({
    ref: 'G1',
    title: 'Number of cared for children',
    section: 'general',
    polarity: 'none',
    unit: 'count',
    lead: 'Kerry Birtles',
    values: [num(Q2, 495)],
  }),
  assess({
    ref: 'P5.3',
    title: 'The number of young people with a CSE plan',
    section: 'pledge-5',
    cohorts: ['cared-for-children', 'care-leavers'],
    polarity: 'none',
    unit: 'count',
    values: [status(Q2, 'suppressed')],
  }),
]

const refs = (filters: Partial<Filters>) => filterAssessments(ROWS, { q: '', ...filters }).map((a) => a.indicator.ref)

describe('filterAssessments', () => {
  it('keeps everything with no filters', () => {
    expect(refs({})).toEqual(['P2.12', 'P1.2', 'G1', 'P5.3'])
  })

  it('filters by section', () => {
    expect(refs({ section: 'pledge-2' })).toEqual(['P2.12'])
  })

  it('filters by cohort, counting an indicator in each of its cohorts', () => {
    expect(refs({ cohort: 'care-leavers' })).toEqual(['P2.12', 'P5.3'])
    expect(refs({ cohort: 'sufficiency' })).toEqual([])
  })

  it('filters by computed RAG, "none" meaning not rated', () => {
    expect(refs({ rag: 'red' })).toEqual(['P2.12'])
    expect(refs({ rag: 'green' })).toEqual(['P1.2'])
    expect(refs({ rag: 'none' })).toEqual(['G1', 'P5.3'])
  })

  it('filters by what the direction means given polarity', () => {
    expect(refs({ dir: 'worsening' })).toEqual(['P2.12']) // 20% to 50% NEET is up, and worse
    expect(refs({ dir: 'improving' })).toEqual(['P1.2'])
    expect(refs({ dir: 'none' })).toEqual(['G1', 'P5.3'])
  })

  it('filters by lead', () => {
    expect(refs({ lead: 'Karen Chan' })).toEqual(['P1.2'])
  })

  it('combines filters: all must hold', () => {
    expect(refs({ cohort: 'care-leavers', rag: 'none' })).toEqual(['P5.3'])
    expect(refs({ section: 'pledge-2', rag: 'green' })).toEqual([])
  })
})

describe('matchesSearch', () => {
  const [p212, p12, g1] = ROWS as [(typeof ROWS)[0], (typeof ROWS)[0], (typeof ROWS)[0]]

  it('matches the ref, title and lead, ignoring case', () => {
    expect(matchesSearch(p212, 'neet')).toBe(true)
    expect(matchesSearch(p212, 'p2.12')).toBe(true)
    expect(matchesSearch(g1, 'kerry')).toBe(true)
    expect(matchesSearch(g1, 'neet')).toBe(false)
  })

  it("matches the chosen period's comment, not an earlier one", () => {
    expect(matchesSearch(p212, 'tracked')).toBe(true)
    expect(matchesSearch(p12, 'apprenticeships')).toBe(false)
  })

  it('needs every word, in any field', () => {
    expect(matchesSearch(p212, 'laura neet')).toBe(true)
    expect(matchesSearch(p212, 'laura timescales')).toBe(false)
    expect(refs({ q: '  cared   children ' })).toEqual(['P1.2', 'G1'])
  })

  it('treats an empty or blank search as no filter', () => {
    expect(matchesSearch(g1, '   ')).toBe(true)
  })
})
