// What each table cell shows. Words for every status, never a number for a
// suppressed figure (formatCell guarantees that), comments as plain text.
import { Link } from 'react-router'
import type { Assessment } from '../../domain/assessIndicator'
import { isFigure } from '../../domain/cellKinds'
import { comparatorFor, cellFor } from '../../domain/indicatorLookups'
import { decimalsFor, formatCell, formatNumber } from '../../domain/formatValue'
import type { ComparatorKind, Period, Polarity } from '../../domain/scorecardSchema'
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

export function DirectionCell({ assessment }: { assessment: Assessment }) {
  const { direction, printedArrow } = assessment
  return (
    <>
      <DirectionIndicator direction={direction} />
      {printedArrow && (
        <span className={printedArrow.disagrees ? 'scorecard-note scorecard-note-warning' : 'scorecard-note'}>
          as printed: <code>{printedArrow.raw}</code>
          {printedArrow.disagrees && ' (differs)'}
        </span>
      )}
    </>
  )
}

export function CommentText({ assessment }: { assessment: Assessment }) {
  const text = commentFor(assessment.indicator, assessment.periodId)
  return text ? <span className="scorecard-comment">{excerptComment(text)}</span> : <Dash words="No comment" />
}
