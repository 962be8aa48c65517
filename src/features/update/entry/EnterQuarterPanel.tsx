import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type MouseEvent } from 'react'
import type { LoadedScorecard } from '../../../data/loadScorecard'
import { plural } from '../../../domain/wording'
import { formatSavedAt } from '../formatSavedAt'
import { StorageProblem } from '../versions/StorageProblem'
import { draftNotKeptMessage } from '../versions/storageProblemMessage'
import { leadOfficers, matchesEntryFilter, NO_ENTRY_FILTER, type EntryFilter } from './entryFilter'
import { QuarterEntryFields } from './QuarterEntryFields'
import { useQuarterEntry } from './useQuarterEntry'

/** The next quarter's figures and commentary, drafted in this browser and saved to the scorecard on request. */
export function EnterQuarterPanel({ loaded }: { loaded: LoadedScorecard }) {
  const form = useQuarterEntry(loaded)
  const { period } = form
  const errorSummaryRef = useRef<HTMLDivElement>(null)
  const periodSelectId = useId()
  const filterId = useId()
  const [filter, setFilter] = useState<EntryFilter>(NO_ENTRY_FILTER)
  const allIndicators = useMemo(() => form.groups.flatMap((g) => g.items.map((row) => row.indicator)), [form.groups])
  const leads = useMemo(() => leadOfficers(allIndicators), [allIndicators])

  // The form is long and the message is below it: after a save, focus (and the screen) go to what happened.
  const outcomeRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (form.outcome) outcomeRef.current?.focus()
  }, [form.outcome])

  if (!period) {
    return (
      <section id="enter" className="update-section" aria-labelledby="enter-heading">
        <h2 id="enter-heading">Enter the next quarter</h2>
        <p>The scorecard has no quarterly figures yet, so there is no next quarter to enter. Import a file first.</p>
      </section>
    )
  }

  // Kept when last written on this page, else when the stored draft was last changed.
  const keptAt = form.storage.keptAt ?? form.updatedAt

  const shown = form.groups
    .map((group) => ({ ...group, items: group.items.filter((row) => matchesEntryFilter(row.indicator, filter)) }))
    .filter((group) => group.items.length > 0)
  const shownCount = shown.reduce((n, g) => n + g.items.length, 0)
  const filtered = filter.search.trim() !== '' || filter.lead !== ''
  const problems = [...form.errors, ...form.held]

  // A problem's link goes to its field, shown again if the filter hides it.
  const toField = (event: MouseEvent, ref: string) => {
    if (!filtered) return
    event.preventDefault()
    setFilter(NO_ENTRY_FILTER)
    requestAnimationFrame(() => document.getElementById(`entry-${ref}-figure`)?.focus())
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (form.saveDraft() === 'errors') requestAnimationFrame(() => errorSummaryRef.current?.focus())
  }

  return (
    <section id="enter" className="update-section" aria-labelledby="enter-heading">
      <h2 id="enter-heading">Enter {period.label}</h2>
      {form.options.length > 1 && (
        <div className="update-field update-field-inline">
          <label htmlFor={periodSelectId}>Period to enter</label>
          <select id={periodSelectId} value={period.id} onChange={(event) => form.choosePeriod(event.target.value)}>
            {form.options.map((p, index) => (
              <option key={p.id} value={p.id}>
                {p.label} {index === 0 ? '(the next one)' : '(the latest, to correct it)'}
              </option>
            ))}
          </select>
        </div>
      )}
      <p>
        Type each figure as it would be printed (95%, 3,561, £3,561, 57% (63%), Yes) or choose a status such as Suppressed. Unusual figures
        get a warning; an impossible one (a percentage over 100, a negative number of days, words where a figure is needed) is not saved
        until you correct it or confirm it is right. The draft is kept in this browser as you type, so a reload or a closed tab loses
        nothing (if the browser will not keep it, this page says so at once); the scorecard changes only when you save.
      </p>
      <p className="entry-progress">
        {period.label} so far: {form.enteredCount} of {plural(form.rowCount, 'indicator')} {form.rowCount === 1 ? 'has' : 'have'} a figure
        or status. You can save what you have and enter the rest later.
      </p>
      {form.storage.failure ? (
        // Said at once, and never "kept": the draft on screen is the only copy.
        <div className="update-alert" role="alert">
          <p>{draftNotKeptMessage(form.storage.failure)}</p>
          <button type="button" className="button" onClick={form.downloadDraft}>
            Download the draft (JSON)
          </button>
        </div>
      ) : (
        <p className="draft-state">
          {form.changedCount > 0
            ? `Draft: ${plural(form.changedCount, 'indicator')} changed${keptAt ? `, kept in this browser at ${formatSavedAt(keptAt)}` : ''}.`
            : `No draft changes for ${period.label} yet.`}
        </p>
      )}
      {form.storage.changedElsewhereAt && (
        <p className="update-note">
          The draft was changed in another tab of this browser ({formatSavedAt(form.storage.changedElsewhereAt)}); the form shows it.
        </p>
      )}
      {form.showErrors && problems.length > 0 && (
        <div className="update-alert" role="alert" tabIndex={-1} ref={errorSummaryRef}>
          <p className="update-alert-title">
            {form.held.length > 0 ? 'Correct or confirm' : 'Fix'}{' '}
            {problems.length === 1 ? 'this entry' : `these ${problems.length} entries`} before saving:
          </p>
          <ul>
            {problems.map(({ indicator, check }) => (
              <li key={`${indicator.ref}-${check.problem.code}`}>
                <a href={`#entry-${indicator.ref}-figure`} onClick={(event) => toField(event, indicator.ref)}>
                  {indicator.ref}: {check.message}
                  {check.level !== 'error' && ' Correct it, or confirm it is right.'}
                </a>
              </li>
            ))}
          </ul>
          {form.readyCount > 0 && (
            <button type="button" className="button button-secondary" onClick={form.saveReady} disabled={form.save.isPending}>
              Save the other {plural(form.readyCount, 'entry', 'entries')} now; keep {problems.length === 1 ? 'this one' : 'these'} in the
              draft
            </button>
          )}
        </div>
      )}
      <div className="entry-filter" role="search" aria-label="Find indicators in the form">
        <div className="update-field">
          <label htmlFor={`${filterId}-search`}>Find an indicator (ref or words of its title)</label>
          <input
            id={`${filterId}-search`}
            type="search"
            value={filter.search}
            autoComplete="off"
            onChange={(event) => setFilter({ ...filter, search: event.target.value })}
          />
        </div>
        {leads.length > 0 && (
          <div className="update-field">
            <label htmlFor={`${filterId}-lead`}>Lead officer</label>
            <select id={`${filterId}-lead`} value={filter.lead} onChange={(event) => setFilter({ ...filter, lead: event.target.value })}>
              <option value="">Every lead officer</option>
              {leads.map((lead) => (
                <option key={lead} value={lead}>
                  {lead}
                </option>
              ))}
            </select>
          </div>
        )}
        <p role="status" className="entry-filter-count">
          {filtered ? `Showing ${shownCount} of ${plural(form.rowCount, 'indicator')}; the others keep their entries.` : ''}
        </p>
        {filtered && (
          <button type="button" className="button button-secondary" onClick={() => setFilter(NO_ENTRY_FILTER)}>
            Show every indicator
          </button>
        )}
      </div>
      <form onSubmit={onSubmit} noValidate aria-labelledby="enter-heading">
        {shown.map((group) => (
          <div key={group.section.id} className="entry-section">
            <h3>{group.section.title}</h3>
            {group.items.map((row) => (
              <QuarterEntryFields
                key={row.indicator.ref}
                indicator={row.indicator}
                entry={row.entry}
                changed={row.changed}
                period={period}
                periods={form.periods}
                checks={row.checks}
                confirming={row.confirming}
                isConfirmed={row.isConfirmed}
                onChange={form.onChange}
                onConfirm={form.confirm}
              />
            ))}
          </div>
        ))}
        <div className="update-actions update-actions-sticky">
          <button type="submit" className="button" disabled={form.save.isPending}>
            Save {period.label} to the scorecard
          </button>
          <button type="button" className="button button-secondary" onClick={form.discardDraft} disabled={form.changedCount === 0}>
            Discard the draft
          </button>
        </div>
      </form>
      <div role="status" className="update-status">
        {form.outcome && (
          <p ref={outcomeRef} tabIndex={-1} className={form.outcome.kind === 'saved' ? 'update-success' : undefined}>
            {form.outcome.message}
          </p>
        )}
      </div>
      <StorageProblem error={form.save.error} result={form.save.data} />
    </section>
  )
}
