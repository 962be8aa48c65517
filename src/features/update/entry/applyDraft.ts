// Saves the entries for a quarter into the scorecard. An entry that reads the
// same as what is saved keeps the saved cell (and its source); a new figure or
// comment is sourced to "entered in this app" for that quarter.
import { checkCell, describeCellProblem, DROPPED } from '../../../domain/checkCell'
import { sortPeriods } from '../../../domain/periods'
import type { Commentary, Indicator, Period, Scorecard } from '../../../domain/scorecardSchema'
import { sameCell } from '../../../domain/spreadsheet/paperText'
import { ENTRY_DOCUMENT, entrySource, sameEntry, savedCell, savedEntry, type DraftEntry } from './draftEntry'

export type ApplyDraftResult = {
  scorecard: Scorecard
  /** Refs whose figure or commentary changed. */
  changed: string[]
  /** Entries the model cannot hold (such as "Yes" for a percentage), left out. */
  skipped: { ref: string; message: string }[]
}

/** `entries` by ref: a Map, as refs come from data ("constructor" and "__proto__" are refs like any other). */
export function applyDraft(scorecard: Scorecard, period: Period, entries: ReadonlyMap<string, DraftEntry>): ApplyDraftResult {
  const source = entrySource(period)
  const changed: string[] = []
  const skipped: ApplyDraftResult['skipped'] = []

  const indicators = scorecard.indicators.map((indicator): Indicator => {
    const entry = entries.get(indicator.ref)
    if (!entry || sameEntry(entry, savedEntry(indicator, period.id))) return indicator
    let values = indicator.values
    const saved = values.find((v) => v.period === period.id)
    const cell = savedCell(entry, period)
    const problem = cell ? checkCell(cell, indicator.unit) : null
    if (problem?.severity === 'error') {
      skipped.push({ ref: indicator.ref, message: describeCellProblem(problem, DROPPED) })
    } else if (!cell) {
      values = values.filter((v) => v.period !== period.id)
    } else if (!saved || !sameCell(saved, cell, indicator.unit)) {
      values = [...values.filter((v) => v.period !== period.id), cell]
    }

    let commentary = indicator.commentary
    const savedText = savedEntry(indicator, period.id).commentary
    if (entry.commentary.trim() === '') commentary = commentary.filter((c) => c.period !== period.id)
    else if (entry.commentary !== savedText) {
      const comment: Commentary = { period: period.id, text: entry.commentary, source }
      commentary = [...commentary.filter((c) => c.period !== period.id), comment]
    }
    if (values === indicator.values && commentary === indicator.commentary) return indicator
    changed.push(indicator.ref)
    return { ...indicator, values, commentary }
  })

  if (changed.length === 0) return { scorecard, changed, skipped }
  return {
    scorecard: {
      ...scorecard,
      periods: scorecard.periods.some((p) => p.id === period.id) ? scorecard.periods : sortPeriods([...scorecard.periods, period]),
      documents: scorecard.documents.some((d) => d.id === ENTRY_DOCUMENT.id)
        ? scorecard.documents
        : [...scorecard.documents, { ...ENTRY_DOCUMENT }],
      indicators,
    },
    changed,
    skipped,
  }
}
