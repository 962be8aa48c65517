import { useId, useRef, type FormEvent } from 'react'
import type { LoadedScorecard } from '../../../data/loadScorecard'
import { plural } from '../../../domain/wording'
import { formatSavedAt } from '../formatSavedAt'
import { StorageProblem } from '../versions/StorageProblem'
import { draftNotKeptMessage } from '../versions/storageProblemMessage'
import { QuarterEntryFields } from './QuarterEntryFields'
import { useQuarterEntry } from './useQuarterEntry'

/** The next quarter's figures and commentary, drafted in this browser and saved to the scorecard on request. */
export function EnterQuarterPanel({ loaded }: { loaded: LoadedScorecard }) {
  const form = useQuarterEntry(loaded)
  const { period } = form
  const errorSummaryRef = useRef<HTMLDivElement>(null)
  const periodSelectId = useId()

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
        get a warning but are never blocked. The draft is kept in this browser as you type, so a reload or a closed tab loses nothing (if
        the browser will not keep it, this page says so at once); the scorecard changes only when you save.
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
      {form.showErrors && form.errors.length > 0 && (
        <div className="update-alert" role="alert" tabIndex={-1} ref={errorSummaryRef}>
          <p className="update-alert-title">
            Fix {form.errors.length === 1 ? 'this entry' : `these ${form.errors.length} entries`} before saving:
          </p>
          <ul>
            {form.errors.map(({ indicator, check }) => (
              <li key={indicator.ref}>
                <a href={`#entry-${indicator.ref}-figure`}>
                  {indicator.ref}: {check.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={onSubmit} noValidate aria-labelledby="enter-heading">
        {form.groups.map((group) => (
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
                onChange={form.onChange}
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
        {form.outcome && <p className={form.outcome.kind === 'saved' ? 'update-success' : undefined}>{form.outcome.message}</p>}
      </div>
      <StorageProblem error={form.save.error} result={form.save.data} />
    </section>
  )
}
