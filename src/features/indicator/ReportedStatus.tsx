// What the source itself printed for the period: its RAG and its direction
// arrow, verbatim, each set against what the engine computed. The verbatim
// glyphs and citations are for analysts (ReportedStatus, under "Source and
// transcription notes"); a committee member is told only where the paper and
// the rules here disagree, in words (ReportedDisagreement).
import { RagBadge, ragWord } from '../../components/RagBadge'
import type { Assessment, PrintedArrow } from '../../domain/assessIndicator'
import { describeSource } from '../../domain/describeIndicator'
import { directionWords } from '../../domain/ratingWords'

const ARROW_READINGS: Record<PrintedArrow['reading'], string> = {
  up: 'up',
  down: 'down',
  same: 'no real change',
  unknown: 'cannot be read (the glyph is garbled in the source)',
}

function reportedFor(assessment: Assessment) {
  return assessment.indicator.reported.find((r) => r.period === assessment.periodId)
}

/** Only where the paper's own rating or arrow says something other than the figures: one plain sentence each. */
export function ReportedDisagreement({ assessment }: { assessment: Assessment }) {
  const { rag, printedArrow, direction } = assessment
  const reported = reportedFor(assessment)
  const ragDiffers = reported?.rag !== undefined && rag.disagreesWithReported
  if (!ragDiffers && !printedArrow?.disagrees) return null
  return (
    <div className="indicator-disagreement" role="note" aria-label="The paper and the figures disagree">
      {ragDiffers && (
        <p>
          <strong className="indicator-flag">The paper rated this {ragWord(reported.rag!)}.</strong> By the rules here: {rag.reason}
        </p>
      )}
      {printedArrow?.disagrees && (
        <p>
          <strong className="indicator-flag">The paper’s arrow shows {ARROW_READINGS[printedArrow.reading]}</strong>; the figures say{' '}
          {directionWords(direction).toLowerCase()}.
        </p>
      )}
    </div>
  )
}

/** The rating and arrow as printed, verbatim, with where they are: for analysts checking the transcription. */
export function ReportedStatus({ assessment }: { assessment: Assessment }) {
  const { rag, printedArrow, direction } = assessment
  const reported = reportedFor(assessment)
  const hasRag = reported !== undefined && (reported.rag !== undefined || (reported.ragRaw ?? '').trim() !== '')
  if (!hasRag && !printedArrow) return null
  return (
    <div className="indicator-reported">
      <h3>As printed in the source</h3>
      <dl className="indicator-facts">
        {hasRag && (
          <div>
            <dt>Rating reported</dt>
            <dd>
              {reported.rag ? <RagBadge rating={reported.rag} /> : 'Could not be read'}
              {reported.ragRaw && <> (printed “{reported.ragRaw}”)</>}
              <span className="indicator-source"> {describeSource(reported.source)}.</span>{' '}
              {reported.rag &&
                (rag.disagreesWithReported ? (
                  <strong className="indicator-flag">This differs from the rating computed here: {ragWord(rag.rating)}.</strong>
                ) : (
                  <span>The same as the rating computed here: {ragWord(rag.rating)}.</span>
                ))}
            </dd>
          </div>
        )}
        {printedArrow && (
          <div>
            <dt>Direction of travel printed</dt>
            <dd>
              “<span className="indicator-verbatim">{printedArrow.raw}</span>”, read as {ARROW_READINGS[printedArrow.reading]}.
              {reported && <span className="indicator-source"> {describeSource(reported.source)}.</span>}{' '}
              {printedArrow.disagrees && (
                <strong className="indicator-flag">This differs from the direction computed here: {directionWords(direction)}.</strong>
              )}
            </dd>
          </div>
        )}
      </dl>
    </div>
  )
}
