import { memo } from 'react'
import { DirectionIndicator } from '../../../components/DirectionIndicator'
import { RagBadge } from '../../../components/RagBadge'
import { assessIndicator } from '../../../domain/assessIndicator'
import { formatCell, formatTarget } from '../../../domain/formatValue'
import { comparePeriods } from '../../../domain/periods'
import type { Indicator, Period } from '../../../domain/scorecardSchema'
import { POLARITY_WORDS } from '../../../domain/wording'
import type { EntryCheck } from './checkEntry'
import { ENTRY_MODES, ENTRY_MODE_WORDS, isEntryMode, savedCell, type DraftEntry } from './draftEntry'

type Props = {
  indicator: Indicator
  entry: DraftEntry
  changed: boolean
  period: Period
  periods: ReadonlyMap<string, Period>
  checks: readonly EntryCheck[]
  /** The figure is impossible for the indicator (checkEntry's needsConfirming): saved only once confirmed. */
  confirming: boolean
  isConfirmed: boolean
  onChange: (ref: string, entry: DraftEntry) => void
  onConfirm: (ref: string, figure: string | null) => void
}

const CHECK_WORDS = { error: 'Error', warning: 'Warning', note: 'Note' } as const

/** One indicator's figure (or status) and commentary for the quarter, with inline checks and a live RAG and direction preview. */
export const QuarterEntryFields = memo(function QuarterEntryFields({
  indicator,
  entry,
  changed,
  period,
  periods,
  checks,
  confirming,
  isConfirmed,
  onChange,
  onConfirm,
}: Props) {
  const id = `entry-${indicator.ref}`
  const { unit } = indicator
  const earlier = indicator.values
    .filter((v) => {
      const p = periods.get(v.period)
      return p !== undefined && comparePeriods(p, period) < 0
    })
    .sort((a, b) => comparePeriods(periods.get(a.period)!, periods.get(b.period)!))
    .slice(-3)
  // The preview assesses the cell as saving would store it, source and all.
  const made = savedCell(entry, period)
  const previewIndicator: Indicator = {
    ...indicator,
    values: [...indicator.values.filter((v) => v.period !== period.id), ...(made ? [made] : [])],
  }
  const preview = assessIndicator(previewIndicator, period.id, periods)
  const held = confirming && !isConfirmed
  const hasError = held || checks.some((c) => c.level === 'error')
  const update = (patch: Partial<DraftEntry>) => onChange(indicator.ref, { ...entry, ...patch })

  return (
    <fieldset className={`entry${changed ? ' entry-changed' : ''}`} aria-describedby={`${id}-context`}>
      <legend>
        <span className="entry-ref">{indicator.ref}</span> {indicator.title}
      </legend>
      <p id={`${id}-context`} className="entry-context">
        {earlier.length > 0
          ? `Earlier: ${earlier.map((v) => `${periods.get(v.period)!.label} ${formatCell(v, unit)}`).join(' · ')}.`
          : 'No earlier figures.'}{' '}
        Target {formatTarget(indicator.target, unit)}; {POLARITY_WORDS[indicator.polarity].inSentence}.
      </p>
      <div className="entry-grid">
        <div className="update-field">
          <label htmlFor={`${id}-mode`}>Entry for {period.label}</label>
          <select
            id={`${id}-mode`}
            value={entry.mode}
            onChange={(event) => isEntryMode(event.target.value) && update({ mode: event.target.value })}
          >
            {ENTRY_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {ENTRY_MODE_WORDS[mode]}
              </option>
            ))}
          </select>
        </div>
        {entry.mode === 'figure' && (
          <div className="update-field">
            <label htmlFor={`${id}-figure`}>Figure</label>
            <input
              id={`${id}-figure`}
              type="text"
              value={entry.figure}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={hasError || undefined}
              aria-describedby={checks.length > 0 ? `${id}-checks` : undefined}
              onChange={(event) => update({ figure: event.target.value })}
            />
          </div>
        )}
        <div className="update-field entry-commentary">
          <label htmlFor={`${id}-commentary`}>Commentary for {period.label}</label>
          <textarea
            id={`${id}-commentary`}
            rows={3}
            value={entry.commentary}
            onChange={(event) => update({ commentary: event.target.value })}
          />
        </div>
      </div>
      {checks.length > 0 && (
        <ul id={`${id}-checks`} className="entry-checks">
          {checks.map((check, index) => (
            <li key={index} className={`entry-check entry-check-${check.level}`}>
              <strong>{CHECK_WORDS[check.level]}:</strong> {check.message}
            </li>
          ))}
          {held && (
            <li className="entry-check entry-check-error">
              <strong>Not saved yet:</strong> correct the figure, or confirm it below if it is right.
            </li>
          )}
        </ul>
      )}
      {confirming && (
        <div className="entry-confirm">
          <input
            id={`${id}-confirm`}
            type="checkbox"
            checked={isConfirmed}
            onChange={(event) => onConfirm(indicator.ref, event.target.checked ? entry.figure : null)}
          />
          <label htmlFor={`${id}-confirm`}>I have checked: this figure is right</label>
        </div>
      )}
      <p className="entry-preview">
        <span className="entry-preview-label">Would give:</span> <RagBadge rating={preview.rag.rating} />{' '}
        <DirectionIndicator direction={preview.direction} />
        <span className="entry-preview-reason">{preview.rag.reason}</span>
        {changed && <span className="entry-changed-mark">Changed in the draft</span>}
      </p>
    </fieldset>
  )
})
