// What needs a committee member's attention in a period: red ratings, missed
// targets, worsening figures, and figures that should be there but are not
// (including, at a reporting point, a latest figure too old to stand for it).
import { isMissing, type Assessment } from './assessIndicator'
import { hasWorsened } from './changeSincePrevious'

export type ExceptionReason = 'red' | 'missed-target' | 'worsening' | 'no-data'

export type IndicatorException = { assessment: Assessment; reasons: ExceptionReason[] }

const ORDER: ExceptionReason[] = ['red', 'missed-target', 'worsening', 'no-data']

export function exceptionReasons(a: Assessment): ExceptionReason[] {
  const reasons: ExceptionReason[] = []
  if (a.rag.rating === 'red') reasons.push('red')
  // Amber is a missed target too; red already says so.
  if (a.rag.rating === 'amber') reasons.push('missed-target')
  if (hasWorsened(a)) reasons.push('worsening')
  if (isMissing(a)) reasons.push('no-data')
  return reasons
}

/** Exceptions, most serious first, in scorecard order within each group. */
export function findExceptions(assessments: readonly Assessment[]): IndicatorException[] {
  // One group per first reason, filled in scorecard order: the same order as sorting, without the sort (10,000 indicators in a region).
  const groups: IndicatorException[][] = ORDER.map(() => [])
  for (const assessment of assessments) {
    const reasons = exceptionReasons(assessment)
    if (reasons.length > 0) groups[ORDER.indexOf(reasons[0]!)]!.push({ assessment, reasons })
  }
  return groups.flat()
}
