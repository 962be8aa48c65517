// The quarter-entry form's state and rules: which indicators are asked for,
// each one's entry, checks and whether it changed, grouped by section; and
// saving the draft as a new version (or saying why not).
import { useCallback, useMemo, useState } from 'react'
import type { LoadedScorecard } from '../../../data/loadScorecard'
import { groupBySection } from '../../../domain/groupBySection'
import { indexPeriods } from '../../../domain/periods'
import { coverageText, reportingPoints } from '../../../domain/reportingPoints'
import type { Period, Scorecard } from '../../../domain/scorecardSchema'
import { plural } from '../../../domain/wording'
import { slugify } from '../../../lib/fileNames'
import { saveExportFile, todayIso } from '../../../lib/spreadsheet/exportScorecard'
import { serialiseScorecardJson } from '../../../lib/spreadsheet/serialiseScorecardJson'
import { useSaveVersion } from '../versions/versionMutations'
import { checkEntry } from './checkEntry'
import { sameEntry, savedEntry, type DraftEntry } from './draftEntry'
import { indicatorsForEntry } from './entryPeriods'
import { useDraftStorage, useDraftStore, useDraftSync } from './useDraftStore'
import { useEntryDraft } from './useEntryDraft'

export type EntryOutcome = { kind: 'saved' | 'discarded' | 'nothing'; message: string } | null

/** What a save attempt found: nothing wrong (saving, or nothing to save), or entries to fix first. */
export type SaveAttempt = 'saving' | 'nothing' | 'errors'

/** What a save did, and what the views show now: a partly entered period is not where they open. */
export function savedMessage(scorecard: Scorecard, period: Period, count: number): string {
  const saved = `Saved ${period.label} for ${plural(count, 'indicator')}.`
  const undo = '“Restore the previous version” above undoes this.'
  const coverage = reportingPoints(scorecard).find((c) => c.point.id === period.id)
  if (!coverage || coverage.reached) return `${saved} Every view now shows it; ${undo}`
  return `${saved} ${coverageText(coverage)}, so the views still open at the latest period most indicators have reached; choose ${period.label} in a view's period list to see it. ${undo}`
}

export function useQuarterEntry(loaded: LoadedScorecard) {
  const { scorecard } = loaded
  const { options, period, entries, updatedAt, applied } = useEntryDraft(scorecard)
  const setEntry = useDraftStore((s) => s.setEntry)
  const choosePeriod = useDraftStore((s) => s.choosePeriod)
  const clearPeriod = useDraftStore((s) => s.clearPeriod)
  const save = useSaveVersion()
  const storage = useDraftStorage()
  useDraftSync()
  const [showErrors, setShowErrors] = useState(false)
  const [outcome, setOutcome] = useState<EntryOutcome>(null)

  const periods = useMemo(
    () => (period ? indexPeriods([...scorecard.periods.filter((p) => p.id !== period.id), period]) : new Map()),
    [scorecard.periods, period],
  )
  const indicators = useMemo(
    () => (period ? indicatorsForEntry(scorecard, period, new Set(entries.keys())) : []),
    [scorecard, period, entries],
  )
  const rows = useMemo(
    () =>
      indicators.map((indicator) => {
        const saved = savedEntry(indicator, period!.id)
        const entry = entries.get(indicator.ref) ?? saved
        return { indicator, entry, changed: !sameEntry(entry, saved), checks: checkEntry(indicator, entry, period!.id) }
      }),
    [indicators, entries, period],
  )
  const { sections } = scorecard
  const groups = useMemo(() => groupBySection(rows, (row) => row.indicator.section, sections), [rows, sections])

  const onChange = useCallback((ref: string, entry: DraftEntry) => period && setEntry(period.id, ref, entry), [period, setEntry])

  const changedCount = rows.filter((r) => r.changed).length
  const errors = rows.flatMap((r) => r.checks.filter((c) => c.level === 'error').map((c) => ({ indicator: r.indicator, check: c })))

  /** Saves the draft as a new version. The draft is cleared only once the version is kept. */
  const saveDraft = (): SaveAttempt => {
    if (!period) return 'nothing'
    if (errors.length > 0) {
      setShowErrors(true)
      setOutcome(null)
      return 'errors'
    }
    setShowErrors(false)
    if (!applied || applied.changed.length === 0) {
      setOutcome({ kind: 'nothing', message: `Nothing to save: the draft for ${period.label} is the same as the saved scorecard.` })
      return 'nothing'
    }
    setOutcome(null)
    const count = applied.changed.length
    save.mutate(
      { inUse: loaded, next: { ...loaded, scorecard: applied.scorecard }, label: `${period.label} entered in this browser` },
      {
        onSuccess: () => {
          clearPeriod(period.id)
          // Stay on the period being entered, whatever the views now open at.
          choosePeriod(period.id)
          setOutcome({ kind: 'saved', message: savedMessage(applied.scorecard, period, count) })
        },
      },
    )
    return 'saving'
  }

  /** The scorecard with the draft in it, as a JSON file that imports back: for when the browser will not keep the draft. */
  const downloadDraft = () => {
    if (!period || !applied) return
    const name = `${slugify(scorecard.title) || 'scorecard'}-draft-${slugify(period.id, 'code')}-${todayIso()}.json`
    saveExportFile({ name, type: 'application/json', data: serialiseScorecardJson(applied.scorecard) })
  }

  const discardDraft = () => {
    if (!period) return
    clearPeriod(period.id)
    setShowErrors(false)
    save.reset()
    setOutcome({ kind: 'discarded', message: `The draft for ${period.label} was discarded; the form shows the saved scorecard again.` })
  }

  return {
    options,
    period,
    updatedAt,
    storage,
    periods,
    groups,
    changedCount,
    errors,
    showErrors,
    outcome,
    save,
    onChange,
    choosePeriod,
    saveDraft,
    discardDraft,
    downloadDraft,
  }
}
