// Which indicators a set of filters keeps. Pure, so the rules are unit-tested.
import type { Assessment } from '../../domain/assessIndicator'
import { commentFor } from './commentExcerpt'
import type { Filters } from './tableQuery'

/** Every word of the search must appear in the ref, title, lead or this period's comment. */
export function matchesSearch(assessment: Assessment, q: string): boolean {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const { indicator, periodId } = assessment
  const haystack = [indicator.ref, indicator.title, indicator.lead ?? '', commentFor(indicator, periodId) ?? ''].join(' ').toLowerCase()
  return words.every((word) => haystack.includes(word))
}

export function matchesFilters(assessment: Assessment, filters: Filters): boolean {
  const { indicator, rag, direction } = assessment
  if (filters.section !== undefined && indicator.section !== filters.section) return false
  if (filters.cohort !== undefined && !indicator.cohorts.includes(filters.cohort)) return false
  if (filters.rag !== undefined && rag.rating !== filters.rag) return false
  if (filters.dir !== undefined && direction.meaning !== filters.dir) return false
  if (filters.lead !== undefined && indicator.lead?.trim() !== filters.lead) return false
  return matchesSearch(assessment, filters.q)
}

export function filterAssessments(assessments: readonly Assessment[], filters: Filters): Assessment[] {
  return assessments.filter((a) => matchesFilters(a, filters))
}
