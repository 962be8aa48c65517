// A council's figures come in several documents (the corporate scorecard, the
// sufficiency scorecard, the health report). Each is a file; the app shows them
// as one scorecard. Shared periods and sections must agree; refs must be unique.
import { checkCell, describeCellProblem, DROPPED } from './checkCell'
import type { DataIssue } from './parseScorecard'
import { sortPeriods } from './periods'
import type { Scorecard } from './scorecardSchema'
import { mergeSectionKinds } from './sectionKinds'

export type LoadedFile = { file: string; scorecard: Scorecard }

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

export function mergeScorecards(files: readonly LoadedFile[]): { scorecard: Scorecard | null; issues: DataIssue[] } {
  const issues: DataIssue[] = []
  const [first, ...rest] = files
  if (!first) return { scorecard: null, issues }

  const merged: Scorecard = {
    ...first.scorecard,
    documents: [...first.scorecard.documents],
    periods: [...first.scorecard.periods],
    sections: [...first.scorecard.sections],
    indicators: [...first.scorecard.indicators],
    additions: [],
  }
  const refFile = new Map(merged.indicators.map((i) => [i.ref, first.file]))

  for (const { file, scorecard } of rest) {
    if (scorecard.authority !== merged.authority) {
      issues.push({
        severity: 'warning',
        file,
        field: 'authority',
        message: `This file is for "${scorecard.authority}", not "${merged.authority}".`,
      })
    }
    // The committee and the section kinds are the council's, so they are the same in every file that gives them.
    if (scorecard.committee) {
      if (!merged.committee) merged.committee = scorecard.committee
      else if (!sameJson(merged.committee, scorecard.committee))
        issues.push({
          severity: 'warning',
          file,
          field: 'committee',
          message: `The committee is described differently in another file; the first description ("${merged.committee.name}") is used.`,
        })
    }
    const kinds = mergeSectionKinds(merged.sectionKinds, scorecard.sectionKinds, (kind) =>
      issues.push({
        severity: 'warning',
        file,
        field: `sectionKinds.${kind.id}`,
        message: `Section kind "${kind.id}" is described differently in another file; the first description is used.`,
      }),
    )
    if (kinds) merged.sectionKinds = kinds
    for (const doc of scorecard.documents) {
      if (!merged.documents.some((d) => d.id === doc.id)) merged.documents.push(doc)
    }
    for (const period of scorecard.periods) {
      const existing = merged.periods.find((p) => p.id === period.id)
      if (!existing) merged.periods.push(period)
      else if (!sameJson(existing, period)) {
        issues.push({
          severity: 'warning',
          file,
          field: `periods.${period.id}`,
          message: `Period "${period.id}" is defined differently in another file; the first definition is used.`,
        })
      }
    }
    for (const section of scorecard.sections) {
      const existing = merged.sections.find((s) => s.id === section.id)
      if (!existing) merged.sections.push(section)
      else if (!sameJson(existing, section)) {
        issues.push({
          severity: 'warning',
          file,
          field: `sections.${section.id}`,
          message: `Section "${section.id}" is defined differently in another file; the first definition is used.`,
        })
      }
    }
    for (const indicator of scorecard.indicators) {
      const owner = refFile.get(indicator.ref)
      if (owner) {
        issues.push({
          severity: 'error',
          file,
          ref: indicator.ref,
          field: 'ref',
          message: `The ref ${indicator.ref} is already used in ${owner}; this indicator was not loaded.`,
          leftOut: { kind: 'indicator', item: `ref ${indicator.ref}` },
        })
        continue
      }
      refFile.set(indicator.ref, file)
      merged.indicators.push(indicator)
    }
  }
  for (const { file, scorecard } of files) applyAdditions(merged, file, scorecard.additions, issues)
  merged.periods = sortPeriods(merged.periods)
  return { scorecard: merged, issues }
}

/** Adds each file's extra cells to the indicator they name; a period that already has a cell keeps it. */
function applyAdditions(merged: Scorecard, file: string, additions: Scorecard['additions'], issues: DataIssue[]) {
  additions.forEach((addition, position) => {
    // Named by their place in the file, as the parser named them; additions made in the app have only their position.
    const where = `additions[${addition.at?.index ?? position}]`
    const at = merged.indicators.findIndex((i) => i.ref === addition.ref)
    const target = merged.indicators[at]
    if (!target) {
      issues.push({
        severity: 'error',
        file,
        ref: addition.ref,
        field: `${where}.ref`,
        message: `No indicator has the ref ${addition.ref}; these additions were ignored.`,
        leftOut: { kind: 'addition', item: where },
      })
      return
    }
    const values = [...target.values]
    addition.values.forEach((cell, i) => {
      const field = `${where}.values[${addition.at?.values[i] ?? i}]`
      const leftOut = { kind: 'value' as const, item: field }
      if (values.some((v) => v.period === cell.period)) {
        issues.push({
          severity: 'error',
          file,
          ref: addition.ref,
          field: `${field}.period`,
          message: `${addition.ref} already has a value for "${cell.period}"; the addition was ignored.`,
          leftOut,
        })
        return
      }
      const problem = checkCell(cell, target.unit, cell)
      if (problem)
        issues.push({
          severity: problem.severity,
          file,
          ref: addition.ref,
          field: `${field}.${problem.field}`,
          message: describeCellProblem(problem, DROPPED),
          ...(problem.severity === 'error' ? { leftOut } : {}),
        })
      if (problem?.severity !== 'error') values.push(cell)
    })
    merged.indicators[at] = {
      ...target,
      values,
      comparators: [...target.comparators, ...addition.comparators],
      commentary: [...target.commentary, ...addition.commentary],
      notes: [...target.notes, ...addition.notes],
    }
  })
}
