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
