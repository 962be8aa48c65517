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
  return assessments
    .map((assessment) => ({ assessment, reasons: exceptionReasons(assessment) }))
    .filter((e) => e.reasons.length > 0)
    .map((e, index) => ({ ...e, index }))
    .sort((a, b) => ORDER.indexOf(a.reasons[0]!) - ORDER.indexOf(b.reasons[0]!) || a.index - b.index)
    .map(({ assessment, reasons }) => ({ assessment, reasons }))
}
