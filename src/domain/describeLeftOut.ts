// What the problems in a scorecard left out of what is shown, counted, so a
// notice says "everything else is shown" only with the count of what is not.
import { LEFT_OUT_KINDS, type DataIssue, type LeftOutKind } from './parseScorecard'
import { joinWords, plural } from './wording'

const PLURALS: Partial<Record<LeftOutKind, string>> = { 'reported status': 'reported statuses' }

/**
 * Counts of what was left out, in a fixed order: each thing once, however
 * many issues are about it. An error that does not say what it left out (an
 * import's problem) counts as one "other part".
 */
export function countLeftOut(issues: readonly DataIssue[]): { kind: LeftOutKind | 'other'; count: number }[] {
  const items = new Map<LeftOutKind, Set<string>>()
  let others = 0
  for (const issue of issues) {
    if (issue.leftOut) {
      const { kind, item } = issue.leftOut
      let seen = items.get(kind)
      if (!seen) items.set(kind, (seen = new Set()))
      seen.add(`${issue.file}\u0000${item}`)
    } else if (issue.severity === 'error') others += 1
  }
  const counts: { kind: LeftOutKind | 'other'; count: number }[] = LEFT_OUT_KINDS.flatMap((kind) => {
    const count = items.get(kind)?.size ?? 0
    return count > 0 ? [{ kind, count }] : []
  })
  return others > 0 ? [...counts, { kind: 'other', count: others }] : counts
}

/** "Not shown: 1 period, 2 indicators and 14 values. Everything else is shown." or, with nothing left out, says so. */
export function describeLeftOut(issues: readonly DataIssue[]): string {
  const counts = countLeftOut(issues)
  if (counts.length === 0) return 'Nothing was left out: everything is shown, and the warnings below are worth checking.'
  const parts = counts.map(({ kind, count }) =>
    kind === 'other' ? plural(count, 'other part') : plural(count, kind, PLURALS[kind] ?? `${kind}s`),
  )
  return `Not shown: ${joinWords(parts)}, because of the problems listed below. Everything else is shown.`
}
