// What the source itself printed for the period: its RAG and its direction
// arrow, verbatim, each set against what the engine computed.
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

export function ReportedStatus({ assessment }: { assessment: Assessment }) {
  const { indicator, periodId, rag, printedArrow, direction } = assessment
  const reported = indicator.reported.find((r) => r.period === periodId)
  const hasRag = reported !== undefined && (reported.rag !== undefined || (reported.ragRaw ?? '').trim() !== '')
  if (!hasRag && !printedArrow) return null
  return (
    <div className="indicator-reported">
      <h3>As reported in the source</h3>
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
