import { describe, expect, it } from 'vitest'
import { assessIndicator, type Assessment } from '../../../src/domain/assessIndicator'
import { groupBySection } from '../../../src/domain/groupBySection'
import type { Section } from '../../../src/domain/scorecardSchema'
import { firstRows } from '../../../src/features/scorecard-table/firstRows'
import { buildIndicator, PERIOD_INDEX } from '../../support/buildIndicator'

const SECTIONS: Section[] = [
  { id: 'general', title: 'General', kind: 'general' },
  { id: 'pledge-1', title: 'Priority 1', kind: 'pledge', number: 1 },
  { id: 'pledge-2', title: 'Priority 2', kind: 'pledge', number: 2 },
]
const row = (ref: string, section: string) => assessIndicator(buildIndicator({ ref, section }), '2018-19-Q2', PERIOD_INDEX)

describe('firstRows', () => {
  const groups = groupBySection(
    [row('G1', 'general'), row('G2', 'general'), row('P1.1', 'pledge-1'), row('P2.1', 'pledge-2'), row('P2.2', 'pledge-2')],
    (a: Assessment) => a.indicator.section,
    SECTIONS,
  )
  const refs = (gs: ReturnType<typeof firstRows>) => gs.map((g) => [g.section.title, g.items.map((a) => a.indicator.ref)])

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
