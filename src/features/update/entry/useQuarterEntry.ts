// The quarter-entry form's state and rules: which indicators are asked for,
// each one's entry, checks and whether it changed, grouped by section; and
// saving the draft as a new version (or saying why not), or the part of it
// that is ready, leaving the rest in the draft. An impossible figure is held
// back until corrected or confirmed (kept for this page only: a reload asks again).
import { useCallback, useMemo, useState } from 'react'
import type { LoadedScorecard } from '../../../data/loadScorecard'
import { groupBySection } from '../../../domain/groupBySection'
import { indexPeriods } from '../../../domain/periods'
import { coverageText } from '../../../domain/reportingPoints'
import { scorecardPoints } from '../../../domain/scorecardPoints'
import type { Period, Scorecard } from '../../../domain/scorecardSchema'
import { plural } from '../../../domain/wording'
import { slugify } from '../../../lib/fileNames'
import { saveExportFile, todayIso } from '../../../lib/spreadsheet/exportScorecard'
import { serialiseScorecardJson } from '../../../lib/spreadsheet/serialiseScorecardJson'
import { useSaveVersion } from '../versions/versionMutations'
import { applyDraft, type ApplyDraftResult } from './applyDraft'
import { checkEntry, needsConfirming } from './checkEntry'
import { entryCell, sameEntry, savedEntry, type DraftEntry } from './draftEntry'
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
  const coverage = scorecardPoints(scorecard).coverage.find((c) => c.point.id === period.id)
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
  // Ref → the figure the officer confirmed is right; a changed figure asks again.
  const [confirmed, setConfirmed] = useState<ReadonlyMap<string, string>>(new Map())

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
        const changed = !sameEntry(entry, saved)
        const checks = checkEntry(indicator, entry, period!.id)
        const toConfirm = changed ? needsConfirming(checks) : []
        const isConfirmed = toConfirm.length > 0 && confirmed.get(indicator.ref) === entry.figure.trim()
        const held = toConfirm.length > 0 && !isConfirmed ? toConfirm : []
        return { indicator, entry, changed, checks, held, confirming: toConfirm.length > 0, isConfirmed }
      }),
    [indicators, entries, period, confirmed],
  )
  const { sections } = scorecard
  const groups = useMemo(() => groupBySection(rows, (row) => row.indicator.section, sections), [rows, sections])

  const onChange = useCallback((ref: string, entry: DraftEntry) => period && setEntry(period.id, ref, entry), [period, setEntry])

  const changedCount = rows.filter((r) => r.changed).length
  const errors = rows.flatMap((r) => r.checks.filter((c) => c.level === 'error').map((c) => ({ indicator: r.indicator, check: c })))
  const held = rows.flatMap((r) => r.held.slice(0, 1).map((check) => ({ indicator: r.indicator, check })))
  /** Entries not saved yet: errors, and impossible figures not confirmed. */
  const blocked = new Set([...errors, ...held].map((e) => e.indicator.ref))
  const readyCount = rows.filter((r) => r.changed && !blocked.has(r.indicator.ref)).length
  /** How much of the period has a figure or status, saved or drafted: a part can be saved, the rest entered later. */
  const enteredCount = period ? rows.filter((r) => entryCell(r.entry, period.id) !== null).length : 0

  const confirm = useCallback(
    (ref: string, figure: string | null) =>
      setConfirmed((now) => {
        const next = new Map(now)
        if (figure === null) next.delete(ref)
        else next.set(ref, figure.trim())
        return next
      }),
    [],
  )

  /** Saves `result` as a new version; `kept` stays in the draft for later. */
  const saveResult = (result: ApplyDraftResult, kept: ReadonlyMap<string, DraftEntry>, note: string) => {
    if (!period) return
    setOutcome(null)
    const count = result.changed.length
    save.mutate(
      { inUse: loaded, next: { ...loaded, scorecard: result.scorecard }, label: `${period.label} entered in this browser` },
      {
        onSuccess: () => {
          clearPeriod(period.id)
          for (const [ref, entry] of kept) setEntry(period.id, ref, entry)
          // Stay on the period being entered, whatever the views now open at.
          choosePeriod(period.id)
          setShowErrors(kept.size > 0)
          setOutcome({ kind: 'saved', message: `${savedMessage(result.scorecard, period, count)}${note}` })
        },
      },
    )
  }

  /** Saves the draft as a new version. The draft is cleared only once the version is kept. */
  const saveDraft = (): SaveAttempt => {
    if (!period) return 'nothing'
    if (blocked.size > 0) {
      setShowErrors(true)
      setOutcome(null)
      return 'errors'
    }
    setShowErrors(false)
    if (!applied || applied.changed.length === 0) {
      setOutcome({ kind: 'nothing', message: `Nothing to save: the draft for ${period.label} is the same as the saved scorecard.` })
      return 'nothing'
    }
    saveResult(applied, new Map(), '')
    return 'saving'
  }

  /** Saves the entries that are ready; those with an error or an unconfirmed figure stay in the draft. */
  const saveReady = () => {
    if (!period || readyCount === 0) return
    const ready = new Map([...entries].filter(([ref]) => !blocked.has(ref)))
    const kept = new Map([...entries].filter(([ref]) => blocked.has(ref)))
    const note = ` ${plural(kept.size, 'entry', 'entries')} still to correct or confirm ${kept.size === 1 ? 'is' : 'are'} kept in the draft.`
    saveResult(applyDraft(scorecard, period, ready), kept, note)
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
    held,
    readyCount,
    enteredCount,
    rowCount: rows.length,
    showErrors,
    outcome,
    save,
    onChange,
    confirm,
    choosePeriod,
    saveDraft,
    saveReady,
    discardDraft,
    downloadDraft,
  }
}
