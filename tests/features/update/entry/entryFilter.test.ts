// Which indicators the entry form shows for a search and a lead officer.
import { describe, expect, it } from 'vitest'
import { leadOfficers, matchesEntryFilter, NO_ENTRY_FILTER } from '../../../../src/features/update/entry/entryFilter'
import { buildIndicator } from '../../../support/buildIndicator'

const p317 = buildIndicator({ ref: 'P3.17', title: 'Average number of days between placement order and match', lead: ' Jacqui Hall ' })
const g1 = buildIndicator({ ref: 'G1', title: 'Number of cared for children', lead: 'Kerry Birtles' })
const unled = buildIndicator({ ref: 'S1', title: 'Sufficiency of placements' })

describe('matchesEntryFilter', () => {
  it('shows everything with no filter', () => {
    expect([p317, g1, unled].every((i) => matchesEntryFilter(i, NO_ENTRY_FILTER))).toBe(true)
  })

  it('finds an indicator by its ref or by every word of its title, in any case', () => {
    expect(matchesEntryFilter(p317, { search: 'p3.17', lead: '' })).toBe(true)
    expect(matchesEntryFilter(p317, { search: 'days MATCH', lead: '' })).toBe(true)
    expect(matchesEntryFilter(g1, { search: 'days match', lead: '' })).toBe(false)
    expect(matchesEntryFilter(p317, { search: 'days care', lead: '' })).toBe(false) // every word must be there
  })

  it("keeps one lead officer's indicators, the name compared trimmed", () => {
    expect(matchesEntryFilter(p317, { search: '', lead: 'Jacqui Hall' })).toBe(true)
    expect(matchesEntryFilter(g1, { search: '', lead: 'Jacqui Hall' })).toBe(false)
    expect(matchesEntryFilter(unled, { search: '', lead: 'Jacqui Hall' })).toBe(false)
    expect(matchesEntryFilter(p317, { search: 'cared', lead: 'Jacqui Hall' })).toBe(false) // both must match
  })
})

describe('leadOfficers', () => {
  it('lists each named lead once, trimmed and in alphabetical order, leaving out indicators with none', () => {
    expect(leadOfficers([p317, g1, unled, buildIndicator({ ref: 'G2', lead: 'Kerry Birtles' })])).toEqual(['Jacqui Hall', 'Kerry Birtles'])
  })
})
