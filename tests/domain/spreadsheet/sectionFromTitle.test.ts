import { describe, expect, it } from 'vitest'
import { SectionResolver, sectionFromTitle } from '../../../src/domain/spreadsheet/sectionFromTitle'

describe('sectionFromTitle', () => {
  it.each([
    ['General', { id: 'general', title: 'General', kind: 'general' }],
    [
      'Priority 1 - Being a Good Corporate Parent',
      { id: 'pledge-1', title: 'Priority 1 - Being a Good Corporate Parent', kind: 'pledge', number: 1 },
    ],
    [
      'Priority  4 - Improve Health and Wellbeing Outcomes',
      { id: 'pledge-4', title: 'Priority 4 - Improve Health and Wellbeing Outcomes', kind: 'pledge', number: 4 },
    ],
    ['Sufficiency: accommodation', { id: 'sufficiency-accommodation', title: 'Sufficiency: accommodation', kind: 'sufficiency' }],
    ['Health of cared for children', { id: 'health-of-cared-for-children', title: 'Health of cared for children', kind: 'health' }],
    ['Youth justice', { id: 'youth-justice', title: 'Youth justice', kind: 'general' }],
  ])('%j', (title, section) => {
    expect(sectionFromTitle(title)).toEqual(section)
  })

  it('matches existing sections by title whatever the spacing, case or dash, and keeps new ids unique', () => {
    const resolver = new SectionResolver([
      { id: 'pledge-1', title: 'Priority 1 - Being a Good Corporate Parent', kind: 'pledge', number: 1 },
    ])
    expect(resolver.resolve('PRIORITY 1 – Being a Good  Corporate Parent').id).toBe('pledge-1')
    expect(resolver.find('Priority 1 - something else')).toBeUndefined()
    expect(resolver.resolve('Priority 1 - something else').id).toBe('pledge-1-2')
    expect(resolver.created.map((s) => s.id)).toEqual(['pledge-1-2'])
  })
})
