// The part of a long table drawn at once, still under its section headings.
import type { Assessment } from '../../domain/assessIndicator'
import type { SectionGroup } from '../../domain/groupBySection'

export type RowGroup = SectionGroup<Assessment>

/** The first `limit` rows in display order, still under their headings: the part of a long table drawn at once. */
export function firstRows(groups: readonly RowGroup[], limit: number): RowGroup[] {
  const kept: RowGroup[] = []
  let left = limit
  for (const group of groups) {
    if (left <= 0) break
    // Unchanged groups keep their identity, so React keeps their rows as they are.
    kept.push(group.items.length <= left ? group : { ...group, items: group.items.slice(0, left) })
    left -= group.items.length
  }
  return kept
}
