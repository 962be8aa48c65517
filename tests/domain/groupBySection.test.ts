import { describe, expect, it } from 'vitest'
import { assessIndicator, type Assessment } from '../../src/domain/assessIndicator'
import { groupBySection, sectionHeading, type SectionGroup } from '../../src/domain/groupBySection'
import type { Section } from '../../src/domain/scorecardSchema'
import { buildIndicator, PERIOD_INDEX } from '../support/buildIndicator'

const SECTIONS: Section[] = [
  { id: 'general', title: 'General', kind: 'general' },
  { id: 'pledge-1', title: 'Priority 1', kind: 'pledge', number: 1 },
  { id: 'pledge-2', title: 'Priority 2', kind: 'pledge', number: 2 },
]
const row = (ref: string, section: string) => assessIndicator(buildIndicator({ ref, section }), '2018-19-Q2', PERIOD_INDEX)
const sectionOf = (a: Assessment) => a.indicator.section
const titlesAndRefs = (groups: SectionGroup<Assessment>[]) => groups.map((g) => [g.section.title, g.items.map((a) => a.indicator.ref)])

describe('groupBySection', () => {
  it('groups rows under their sections in section order, keeping row order, leaving out empty sections', () => {
    const groups = groupBySection([row('P2.2', 'pledge-2'), row('G1', 'general'), row('P2.1', 'pledge-2')], sectionOf, SECTIONS)
    expect(titlesAndRefs(groups)).toEqual([
      ['General', ['G1']],
      ['Priority 2', ['P2.2', 'P2.1']],
    ])
  })

  it('puts a section the file did not declare last, under its id, so no row is lost', () => {
    const groups = groupBySection([row('X1', 'extra'), row('G1', 'general')], sectionOf, SECTIONS)
    expect(groups.map((g) => g.section.title)).toEqual(['General', 'extra'])
  })

  it('gives each undeclared section its own group, in the order its first row appears, with no declared section behind it', () => {
    const groups = groupBySection(
      [row('Y1', 'youth'), row('X1', 'extra'), row('P1.1', 'pledge-1'), row('Y2', 'youth')],
      sectionOf,
      SECTIONS,
    )
    expect(titlesAndRefs(groups)).toEqual([
      ['Priority 1', ['P1.1']],
      ['youth', ['Y1', 'Y2']],
      ['extra', ['X1']],
    ])
    expect(groups.map((g) => g.section.declared?.kind)).toEqual(['pledge', undefined, undefined])
  })

  it('gives no groups for no rows, or every declared section when asked to keep empty ones', () => {
    expect(groupBySection([], sectionOf, SECTIONS)).toEqual([])
    expect(groupBySection([], sectionOf, SECTIONS, { keepEmpty: true }).map((g) => [g.section.id, g.items])).toEqual([
      ['general', []],
      ['pledge-1', []],
      ['pledge-2', []],
    ])
  })

  it('groups anything that names its section: indicators as well as assessments', () => {
    const indicators = [buildIndicator({ ref: 'P1.1', section: 'pledge-1' }), buildIndicator({ ref: 'G1', section: 'general' })]
    expect(groupBySection(indicators, (i) => i.section, SECTIONS).map((g) => [g.section.id, g.items.map((i) => i.ref)])).toEqual([
      ['general', ['G1']],
      ['pledge-1', ['P1.1']],
    ])
  })
})

describe('sectionHeading', () => {
  it('titles a declared section by its title, and an undeclared one by its id', () => {
    expect(sectionHeading('pledge-1', SECTIONS)).toEqual({ id: 'pledge-1', title: 'Priority 1', declared: SECTIONS[1] })
    expect(sectionHeading('extra', SECTIONS)).toEqual({ id: 'extra', title: 'extra', declared: undefined })
  })
})
