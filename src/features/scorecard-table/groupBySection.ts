// Rows grouped under their section headings, in the scorecard's section order,
// as on the paper scorecard.
import type { Assessment } from '../../domain/assessIndicator'
import type { Section } from '../../domain/scorecardSchema'

export type SectionGroup = { id: string; title: string; assessments: Assessment[] }

/** Groups in section order; a section the file did not declare comes last under its id; empty groups are left out. */
export function groupBySection(assessments: readonly Assessment[], sections: readonly Section[]): SectionGroup[] {
  const groups = new Map<string, SectionGroup>(sections.map((s) => [s.id, { id: s.id, title: s.title, assessments: [] }]))
  for (const a of assessments) {
    const id = a.indicator.section
    if (!groups.has(id)) groups.set(id, { id, title: id, assessments: [] })
    groups.get(id)!.assessments.push(a)
  }
  return [...groups.values()].filter((g) => g.assessments.length > 0)
}

/** The first `limit` rows in display order, still under their headings: the part of a long table drawn at once. */
export function firstRows(groups: readonly SectionGroup[], limit: number): SectionGroup[] {
  const kept: SectionGroup[] = []
  let left = limit
  for (const group of groups) {
    if (left <= 0) break
    // Unchanged groups keep their identity, so React keeps their rows as they are.
    kept.push(group.assessments.length <= left ? group : { ...group, assessments: group.assessments.slice(0, left) })
    left -= group.assessments.length
  }
  return kept
}
