import { describe, expect, it } from 'vitest'
import { assessIndicator } from '../../../src/domain/assessIndicator'
import type { Section } from '../../../src/domain/scorecardSchema'
import { firstRows, groupBySection } from '../../../src/features/scorecard-table/groupBySection'
import { buildIndicator, PERIOD_INDEX } from '../../support/buildIndicator'

const SECTIONS: Section[] = [
  { id: 'general', title: 'General', kind: 'general' },
  { id: 'pledge-1', title: 'Priority 1', kind: 'pledge', pledge: 1 },
  { id: 'pledge-2', title: 'Priority 2', kind: 'pledge', pledge: 2 },
]
const row = (ref: string, section: string) => assessIndicator(buildIndicator({ ref, section }), '2018-19-Q2', PERIOD_INDEX)

describe('groupBySection', () => {
  it('groups rows under their sections in section order, keeping row order, leaving out empty sections', () => {
    const groups = groupBySection([row('P2.2', 'pledge-2'), row('G1', 'general'), row('P2.1', 'pledge-2')], SECTIONS)
    expect(groups.map((g) => [g.title, g.assessments.map((a) => a.indicator.ref)])).toEqual([
      ['General', ['G1']],
      ['Priority 2', ['P2.2', 'P2.1']],
    ])
  })

  it('puts a section the file did not declare last, under its id, so no row is lost', () => {
    const groups = groupBySection([row('X1', 'extra'), row('G1', 'general')], SECTIONS)
    expect(groups.map((g) => g.title)).toEqual(['General', 'extra'])
  })

  it('gives no groups for no rows', () => {
    expect(groupBySection([], SECTIONS)).toEqual([])
  })
})

describe('firstRows', () => {
  const groups = groupBySection(
    [row('G1', 'general'), row('G2', 'general'), row('P1.1', 'pledge-1'), row('P2.1', 'pledge-2'), row('P2.2', 'pledge-2')],
    SECTIONS,
  )
  const refs = (gs: ReturnType<typeof firstRows>) => gs.map((g) => [g.title, g.assessments.map((a) => a.indicator.ref)])

  it('keeps the first rows in display order under their headings, cutting a section part way', () => {
    expect(refs(firstRows(groups, 4))).toEqual([
      ['General', ['G1', 'G2']],
      ['Priority 1', ['P1.1']],
      ['Priority 2', ['P2.1']],
    ])
  })

  it('drops sections past the limit and keeps whole sections as they are', () => {
    const kept = firstRows(groups, 2)
    expect(refs(kept)).toEqual([['General', ['G1', 'G2']]])
    expect(kept[0]).toBe(groups[0])
  })

  it('keeps everything when the limit is the row count or more', () => {
    expect(refs(firstRows(groups, 5))).toEqual(refs(groups))
    expect(refs(firstRows(groups, Infinity))).toEqual(refs(groups))
    expect(firstRows(groups, 0)).toEqual([])
  })
})
