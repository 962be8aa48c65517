// Indicators (or anything that belongs to one) under their section headings,
// as on the paper scorecard. One policy for every view, so no view loses an
// indicator that another shows.
import type { Section } from './scorecardSchema'

/**
 * A group's heading. `declared` is the section as the scorecard declares it;
 * for a section id the scorecard does not declare it is undefined, and the id
 * is the title, the only name the data gives it.
 */
export type SectionHeading = { id: string; title: string; declared: Section | undefined }

export type SectionGroup<T> = { section: SectionHeading; items: T[] }

/** The heading for a section id: the declared section's title, else the id itself. */
export function sectionHeading(id: string, sections: readonly Section[]): SectionHeading {
  const declared = sections.find((s) => s.id === id)
  return { id, title: declared?.title ?? id, declared }
}

/**
 * Groups in the scorecard's section order, items in their own order within
 * each. An item whose section is not declared is never dropped: each such
 * section id gets a group after the declared ones, titled by its id, in the
 * order its first item appears. A declared section with no items is left out
 * unless `keepEmpty` (a list of sections to choose from shows them all).
 */
export function groupBySection<T>(
  items: readonly T[],
  sectionOf: (item: T) => string,
  sections: readonly Section[],
  { keepEmpty = false }: { keepEmpty?: boolean } = {},
): SectionGroup<T>[] {
  // One pass over the items, not one per section: the table groups 10,000 rows.
  const groups = new Map<string, SectionGroup<T>>(
    sections.map((s) => [s.id, { section: { id: s.id, title: s.title, declared: s }, items: [] }]),
  )
  for (const item of items) {
    const id = sectionOf(item)
    let group = groups.get(id)
    if (!group) {
      group = { section: { id, title: id, declared: undefined }, items: [] }
      groups.set(id, group)
    }
    group.items.push(item)
  }
  const all = [...groups.values()]
  return keepEmpty ? all : all.filter((g) => g.items.length > 0)
}
