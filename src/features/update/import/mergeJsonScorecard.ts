// A JSON file in the project's format updates the current scorecard by ref:
// its indicators replace those with the same ref (in place), new ones are
// added, and its additions attach to any indicator. The merge rules are the
// loader's own (mergeScorecards), so an import means what loading means.
import { mergeScorecards } from '../../../domain/mergeScorecards'
import type { DataIssue } from '../../../domain/parseScorecard'
import type { Addition, Scorecard } from '../../../domain/scorecardSchema'
import { stableJson } from '../diffScorecards'

export const CURRENT_FILE = '(the current scorecard)'

export type JsonMerge = {
  scorecard: Scorecard | null
  issues: DataIssue[]
  /** Per addition ref, how many of its items the scorecard already has (a file imported twice); they are not added again. */
  alreadyPresent: { ref: string; count: number }[]
}

/** Drops addition items the target indicator already has, so re-importing a file does not repeat them. */
function withoutDuplicates(base: Scorecard, additions: readonly Addition[]) {
  const alreadyPresent: JsonMerge['alreadyPresent'] = []
  const kept = additions.map((addition) => {
    const target = base.indicators.find((i) => i.ref === addition.ref)
    if (!target) return addition
    let count = 0
    const fresh = <T>(items: readonly T[], existing: readonly T[]) => {
      const seen = new Set(existing.map(stableJson))
      return items.filter((item) => (seen.has(stableJson(item)) ? (count++, false) : true))
    }
    const result: Addition = {
      ref: addition.ref,
      values: fresh(addition.values, target.values),
      comparators: fresh(addition.comparators, target.comparators),
      commentary: fresh(addition.commentary, target.commentary),
      notes: fresh(addition.notes, target.notes),
    }
    if (count > 0) alreadyPresent.push({ ref: addition.ref, count })
    return result
  })
  return { kept, alreadyPresent }
}

export function mergeJsonScorecard(base: Scorecard, imported: Scorecard, fileName: string): JsonMerge {
  const importedByRef = new Map(imported.indicators.map((i) => [i.ref, i]))
  const baseRefs = new Set(base.indicators.map((i) => i.ref))
  const { kept, alreadyPresent } = withoutDuplicates(base, imported.additions)
  const merged = mergeScorecards([
    { file: CURRENT_FILE, scorecard: { ...base, indicators: base.indicators.map((i) => importedByRef.get(i.ref) ?? i), additions: [] } },
    { file: fileName, scorecard: { ...imported, indicators: imported.indicators.filter((i) => !baseRefs.has(i.ref)), additions: kept } },
  ])
  return { ...merged, alreadyPresent }
}
