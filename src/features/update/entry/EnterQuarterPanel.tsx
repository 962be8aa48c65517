import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useId, useMemo, useRef, useState, type FormEvent } from 'react'
import type { LoadedScorecard } from '../../../data/loadScorecard'
import { indexPeriods } from '../../../domain/periods'
import { checkEntry } from './checkEntry'
import { sameEntry, savedEntry, type DraftEntry } from './draftEntry'
import { indicatorsForEntry } from './entryPeriods'
import { formatSavedAt } from '../formatSavedAt'
import { applyLocalScorecard } from '../../../data/localScorecardStore'
import { QuarterEntryFields } from './QuarterEntryFields'
import { useDraftStore } from './useDraftStore'
import { useEntryDraft } from './useEntryDraft'

type Outcome = { kind: 'saved' | 'discarded' | 'nothing'; message: string } | null

/** The next quarter's figures and commentary, drafted in this browser and saved to the scorecard on request. */
export function EnterQuarterPanel({ loaded }: { loaded: LoadedScorecard }) {
  const { scorecard } = loaded
  const queryClient = useQueryClient()
  const { options, period, entries, updatedAt, applied } = useEntryDraft(scorecard)
  const setEntry = useDraftStore((s) => s.setEntry)
  const choosePeriod = useDraftStore((s) => s.choosePeriod)
  const clearPeriod = useDraftStore((s) => s.clearPeriod)
  const [showErrors, setShowErrors] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const errorSummaryRef = useRef<HTMLDivElement>(null)
  const periodSelectId = useId()

  const periods = useMemo(
    () => (period ? indexPeriods([...scorecard.periods.filter((p) => p.id !== period.id), period]) : new Map()),
    [scorecard.periods, period],
  )
  const indicators = useMemo(
    () => (period ? indicatorsForEntry(scorecard, period.id, new Set(Object.keys(entries))) : []),
    [scorecard, period, entries],
  )
  const rows = useMemo(
    () =>
      indicators.map((indicator) => {
        const saved = savedEntry(indicator, period!.id)
        const entry = entries[indicator.ref] ?? saved
        return { indicator, entry, changed: !sameEntry(entry, saved), checks: checkEntry(indicator, entry, period!.id) }
      }),
    [indicators, entries, period],
  )
  const { sections } = scorecard
  const groups = useMemo(() => {
    const bySection = new Map<string, typeof rows>()
    for (const row of rows) bySection.set(row.indicator.section, [...(bySection.get(row.indicator.section) ?? []), row])
    return [...bySection].map(([id, list]) => ({ id, title: sections.find((s) => s.id === id)?.title ?? id, rows: list }))
  }, [rows, sections])

  const onChange = useCallback((ref: string, entry: DraftEntry) => period && setEntry(period.id, ref, entry), [period, setEntry])

  if (!period) {
    return (
      <section id="enter" className="update-section" aria-labelledby="enter-heading">
        <h2 id="enter-heading">Enter the next quarter</h2>
        <p>The scorecard has no quarterly figures yet, so there is no next quarter to enter. Import a file first.</p>
      </section>
    )
  }

  const changedCount = rows.filter((r) => r.changed).length
  const errors = rows.flatMap((r) => r.checks.filter((c) => c.level === 'error').map((c) => ({ indicator: r.indicator, check: c })))

  const save = (event: FormEvent) => {
    event.preventDefault()
    if (errors.length > 0) {
      setShowErrors(true)
      setOutcome(null)
      requestAnimationFrame(() => errorSummaryRef.current?.focus())
      return
    }
    setShowErrors(false)
    if (!applied || applied.changed.length === 0) {
      setOutcome({ kind: 'nothing', message: `Nothing to save: the draft for ${period.label} is the same as the saved scorecard.` })
      return
    }
    applyLocalScorecard(queryClient, { ...loaded, scorecard: applied.scorecard }, `${period.label} entered in this browser`)
    clearPeriod(period.id)
    setOutcome({
      kind: 'saved',
      message: `Saved ${period.label} for ${applied.changed.length} ${applied.changed.length === 1 ? 'indicator' : 'indicators'}. Every view now shows it; “Restore the previous version” above undoes this.`,
    })
  }

  const discard = () => {
    clearPeriod(period.id)
    setShowErrors(false)
    setOutcome({ kind: 'discarded', message: `The draft for ${period.label} was discarded; the form shows the saved scorecard again.` })
  }

  return (
    <section id="enter" className="update-section" aria-labelledby="enter-heading">
      <h2 id="enter-heading">Enter {period.label}</h2>
      {options.length > 1 && (
        <div className="update-field update-field-inline">
          <label htmlFor={periodSelectId}>Quarter to enter</label>
          <select id={periodSelectId} value={period.id} onChange={(event) => choosePeriod(event.target.value)}>
            {options.map((p, index) => (
              <option key={p.id} value={p.id}>
                {p.label} {index === 0 ? '(the next quarter)' : '(the latest, to correct it)'}
              </option>
            ))}
          </select>
        </div>
      )}
      <p>
        Type each figure as it would be printed (95%, 3,561, £3,561, 57% (63%), Yes) or choose a status such as Suppressed. Unusual figures
        get a warning but are never blocked. The draft is kept in this browser as you type, so a reload or a closed tab loses nothing; the
        scorecard changes only when you save.
      </p>
      <p className="draft-state">
        {changedCount > 0
          ? `Draft: ${changedCount} ${changedCount === 1 ? 'indicator' : 'indicators'} changed${updatedAt ? `, kept in this browser at ${formatSavedAt(updatedAt)}` : ''}.`
          : `No draft changes for ${period.label} yet.`}
      </p>
      {showErrors && errors.length > 0 && (
        <div className="update-alert" role="alert" tabIndex={-1} ref={errorSummaryRef}>
          <p className="update-alert-title">Fix {errors.length === 1 ? 'this entry' : `these ${errors.length} entries`} before saving:</p>
          <ul>
            {errors.map(({ indicator, check }) => (
              <li key={indicator.ref}>
                <a href={`#entry-${indicator.ref}-figure`}>
                  {indicator.ref}: {check.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={save} noValidate aria-labelledby="enter-heading">
        {groups.map((group) => (
          <div key={group.id} className="entry-section">
            <h3>{group.title}</h3>
            {group.rows.map((row) => (
              <QuarterEntryFields
                key={row.indicator.ref}
                indicator={row.indicator}
                entry={row.entry}
                changed={row.changed}
                period={period}
                periods={periods}
                checks={row.checks}
                onChange={onChange}
              />
            ))}
          </div>
        ))}
        <div className="update-actions update-actions-sticky">
          <button type="submit" className="button">
            Save {period.label} to the scorecard
          </button>
          <button type="button" className="button button-secondary" onClick={discard} disabled={changedCount === 0}>
            Discard the draft
          </button>
        </div>
      </form>
      <div role="status" className="update-status">
        {outcome && <p className={outcome.kind === 'saved' ? 'update-success' : undefined}>{outcome.message}</p>}
      </div>
    </section>
  )
}
