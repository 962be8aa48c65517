// What each table cell shows. Words for every status, never a number for a
// suppressed figure (formatCell guarantees that), comments as plain text.
import { useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import type { Assessment } from '../../domain/assessIndicator'
import { isFigure } from '../../domain/cellKinds'
import { comparatorFor, cellFor } from '../../domain/indicatorLookups'
import { decimalsFor, formatCell, formatNumber } from '../../domain/formatValue'
import type { ComparatorKind, Period, Polarity } from '../../domain/scorecardSchema'
import { printedDirectionWords } from '../../domain/ratingWords'
import { POLARITY_WORDS } from '../../domain/wording'
import { DirectionIndicator } from '../../components/DirectionIndicator'
import { FigureAtPoint } from '../../components/FigureAtPoint'
import { linkedFrom, paths } from '../../lib/paths'
import { RagBadge, ragWord } from '../../components/RagBadge'
import { commentFor, excerptComment } from './commentExcerpt'
import { isAfter } from './reportingColumns'

/** A dash for the eye, words for a screen reader. */
export function Dash({ words }: { words: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{words}</span>
    </>
  )
}

export function IndicatorLink({ assessment, periodId }: { assessment: Assessment; periodId: string }) {
  const { ref, title } = assessment.indicator
  return (
    <Link
      className="scorecard-indicator-link"
      to={paths.indicator.href(ref, { period: periodId })}
      state={linkedFrom('scorecard', paths.scorecard.href({ period: periodId }))}
    >
      {title}
    </Link>
  )
}

export function PolarityText({ polarity }: { polarity: Polarity }) {
  return polarity === 'none' ? <Dash words={POLARITY_WORDS.none.label} /> : <>{POLARITY_WORDS[polarity].label}</>
}

type ComparatorProps = { assessment: Assessment; kind: ComparatorKind; chosen: Period; periods: ReadonlyMap<string, Period> }

/** The comparator describing the chosen period, with its own period when that is an earlier one. */
export function ComparatorText({ assessment, kind, chosen, periods }: ComparatorProps) {
  const { indicator } = assessment
  const comparator = comparatorFor(indicator, kind, chosen.id, periods)
  if (!comparator) return <Dash words="Not published" />
  const asOf = comparator.period && comparator.period !== chosen.id ? periods.get(comparator.period)?.label : undefined
  return (
    <>
      {formatNumber(comparator.number, indicator.unit, decimalsFor(comparator.number, comparator.printed))}
      {asOf && <span className="scorecard-note">{asOf}</span>}
    </>
  )
}

/**
 * One period's figure; statuses in words; a later quarter than the chosen one
 * is not shown yet. In the chosen period's column, an indicator with no entry
 * of its own there shows its latest entry by then, with that entry's period.
 */
export function FigureText({ assessment, period, chosen }: { assessment: Assessment; period: Period; chosen: Period }) {
  if (isAfter(period, chosen)) return <span className="scorecard-status">Not yet due</span>
  const { indicator } = assessment
  if (period.id === chosen.id && assessment.at && assessment.periodId !== chosen.id) {
    return (
      <span className={isFigure(assessment.cell) ? undefined : 'scorecard-status'}>
        <FigureAtPoint assessment={assessment} withUnit={false} />
      </span>
    )
  }
  const cell = cellFor(indicator, period.id)
  const text = formatCell(cell, indicator.unit)
  return isFigure(cell) ? <>{text}</> : <span className="scorecard-status">{text}</span>
}

export function RagCell({ assessment }: { assessment: Assessment }) {
  const { rag } = assessment
  return (
    <>
      <RagBadge rating={rag.rating} title={rag.reason} />
      {rag.disagreesWithReported && rag.reported && (
        <span className="scorecard-note scorecard-note-warning">
          <span aria-hidden="true">⚠ </span>Reported as {ragWord(rag.reported)}
        </span>
      )}
    </>
  )
}

/**
 * The direction computed; an arrow printed in the source only when it says
 * otherwise, in words, as the RAG cell flags a reported rating that differs
 * (the glyph as transcribed is on the indicator page, with its source).
 */
export function DirectionCell({ assessment }: { assessment: Assessment }) {
  const { direction, printedArrow } = assessment
  return (
    <>
      <DirectionIndicator direction={direction} />
      {printedArrow?.disagrees && (
        <span className="scorecard-note scorecard-note-warning">
          <span aria-hidden="true">⚠ </span>Printed as {printedDirectionWords(printedArrow.raw).toLowerCase()}
        </span>
      )}
    </>
  )
}

/**
 * The comment: a short excerpt, so a row stays two lines high; a longer one
 * opens in full in place ("more"), drawn only when asked for.
 */
export function CommentText({ assessment }: { assessment: Assessment }) {
  const text = commentFor(assessment.indicator, assessment.periodId)
  const [open, setOpen] = useState(false)
  if (!text) return <Dash words="No comment" />
  const excerpt = excerptComment(text)
  if (!excerpt.endsWith('…')) return <span className="scorecard-comment">{excerpt}</span>
  return (
    <details className="scorecard-comment" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <span className="scorecard-comment-excerpt">{excerpt} </span>
        <span className="scorecard-comment-toggle">{open ? 'Show less' : 'more'}</span>
      </summary>
      {open && <p className="scorecard-comment-full">{text}</p>}
    </details>
  )
}

/** A column as "More" shows it: its label and what its cell says. */
type MoreColumn = { key: string; label: string; cell: (a: Assessment) => ReactNode }

/**
 * On a phone, a row's card shows its latest figure, RAG, direction and
 * target; its other columns are here, drawn only when opened, so each card
 * is at most about a screen high.
 */
export function RowMore({ assessment, columns }: { assessment: Assessment; columns: readonly MoreColumn[] }) {
  const [open, setOpen] = useState(false)
  return (
    <details className="scorecard-row-more" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>More about {assessment.indicator.ref}</summary>
      {open && (
        <dl>
          {columns.map((c) => (
            <div key={c.key}>
              <dt>{c.label}</dt>
              <dd>{c.cell(assessment)}</dd>
            </div>
          ))}
        </dl>
      )}
    </details>
  )
}
