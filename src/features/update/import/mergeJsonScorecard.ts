// A JSON file in the project's format updates the current scorecard by ref:
// its indicators replace those with the same ref (in place), new ones are
// added, and its additions attach to any indicator. The merge rules are the
// loader's own (mergeScorecards), so an import means what loading means. An
// indicator whose title, unit or polarity is not the current one's is
// another indicator: it waits for the officer (keep the current one, add the
// file's under a new ref, or replace), and by default nothing is mixed.
import { mergeScorecards } from '../../../domain/mergeScorecards'
import type { DataIssue } from '../../../domain/parseScorecard'
import { indexPeriods } from '../../../domain/periods'
import type { Addition, Indicator, Scorecard } from '../../../domain/scorecardSchema'
import type { RowAction, RowChoice, RowQuestion } from '../../../domain/spreadsheet/buildPaperScorecard'
import type { ImportEntry } from '../../../domain/spreadsheet/importEntries'
import { freeRef, identityDifferences, sketchOfIndicator } from '../../../domain/spreadsheet/indicatorIdentity'
import { stableJson } from '../diffScorecards'

export const CURRENT_FILE = '(the current scorecard)'

export type JsonMerge = {
  scorecard: Scorecard | null
  issues: DataIssue[]
  /** Per addition ref, how many of its items the scorecard already has (a file imported twice); they are not added again. */
  alreadyPresent: { ref: string; count: number }[]
  /** Indicators that are another than the current one of their ref, with the choice in effect. */
  questions: RowQuestion[]
  entries: ImportEntry[]
}

const JSON_ACTIONS: RowAction[] = ['keep', 'new', 'replace']

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

export function mergeJsonScorecard(
  base: Scorecard,
  file: Scorecard,
  fileName: string,
  choices: ReadonlyMap<string, RowChoice> = new Map(),
): JsonMerge {
  const baseByRef = new Map(base.indicators.map((i) => [i.ref, i]))
  const taken = new Set([...baseByRef.keys(), ...file.indicators.map((i) => i.ref)])
  const periods = new Map([...indexPeriods(base.periods), ...indexPeriods(file.periods)])
  const questions: RowQuestion[] = []
  const entries: ImportEntry[] = []
  const renamed = new Map<string, string>()
  const kept = new Set<string>()
  const indicatorsOfFile: Indicator[] = []
  for (const indicator of file.indicators) {
    const current = baseByRef.get(indicator.ref)
    const differs = current ? identityDifferences(current, indicator) : []
    if (!current || differs.length === 0) {
      indicatorsOfFile.push(indicator)
      continue
    }
    const chosen = choices.get(indicator.ref)?.action
    const action: RowAction = chosen && JSON_ACTIONS.includes(chosen) ? chosen : 'keep'
    const newRef = freeRef(indicator.ref, taken)
    questions.push({
      ref: indicator.ref,
      differs,
      suspect: [],
      current: sketchOfIndicator(current, periods),
      file: sketchOfIndicator(indicator, periods),
      actions: JSON_ACTIONS,
      action,
      accepted: false,
      newRef,
      held: action === 'keep',
    })
    if (action === 'keep') {
      kept.add(indicator.ref)
      entries.push({
        status: 'problem',
        ref: indicator.ref,
        column: '(indicator)',
        message: `Its ${differs.join(' and ')} ${differs.length > 1 ? 'differ' : 'differs'} from the current ${indicator.ref} ("${current.title}"), so it may be another indicator: the current one is kept and this one is left out until you choose in the review (keep the current one, add the file's as a new indicator, or replace it).`,
      })
    } else if (action === 'new') {
      renamed.set(indicator.ref, newRef)
      indicatorsOfFile.push({ ...indicator, ref: newRef })
    } else indicatorsOfFile.push(indicator)
  }
  // The file's additions belong to the file's indicators: they follow a renamed one, and go with a kept-out one.
  const additions = file.additions.filter((a) => !kept.has(a.ref)).map((a) => (renamed.has(a.ref) ? { ...a, ref: renamed.get(a.ref)! } : a))
  const imported: Scorecard = { ...file, indicators: indicatorsOfFile, additions }
  const importedByRef = new Map(imported.indicators.map((i) => [i.ref, i]))
  const baseRefs = new Set(base.indicators.map((i) => i.ref))
  const { kept: fresh, alreadyPresent } = withoutDuplicates(base, imported.additions)
  const merged = mergeScorecards([
    { file: CURRENT_FILE, scorecard: { ...base, indicators: base.indicators.map((i) => importedByRef.get(i.ref) ?? i), additions: [] } },
    { file: fileName, scorecard: { ...imported, indicators: imported.indicators.filter((i) => !baseRefs.has(i.ref)), additions: fresh } },
  ])
  return { ...merged, alreadyPresent, questions, entries }
}
