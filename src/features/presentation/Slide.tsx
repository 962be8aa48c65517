// One indicator as a slide: heading, the figure, target, rating and direction
// in large type, the generated one-line summary, and a large trend chart with
// its downloads, filling what the slide has left. The heading's and summary's
// type shrink with their length (presentation.css reads --chars), so a long
// title takes the same few lines as a short one instead of pushing the chart
// off the screen or being cut off.
import type { CSSProperties, Ref } from 'react'
import { TrendFigure } from '../../components/charts/TrendFigure'
import { DirectionIndicator } from '../../components/DirectionIndicator'
import { RagBadge } from '../../components/RagBadge'
import { describeAssessment, describeTargetFor } from '../../domain/describeIndicator'
import { formatCell } from '../../domain/formatValue'
import { labelFor } from '../../domain/periods'
import type { Period, Scorecard } from '../../domain/scorecardSchema'
import type { Slide as SlideData } from './decks'

type Props = {
  ref?: Ref<HTMLElement>
  slide: SlideData
  scorecard: Scorecard
  periods: ReadonlyMap<string, Period>
}

/** The length of a text as a CSS custom property, for type that scales with it. */
const lengthStyle = (text: string) => ({ '--chars': text.length }) as CSSProperties

export function Slide({ ref, slide, scorecard, periods }: Props) {
  const { assessment, shownInsteadOf } = slide
  const { indicator, periodId, rag, direction } = assessment
  const periodLabel = labelFor(periods, periodId)
  const summary = describeAssessment(assessment, periods)
  return (
    <section ref={ref} className="slide" aria-labelledby="slide-title" tabIndex={-1}>
      <h1 id="slide-title" className="slide-title" style={lengthStyle(`${indicator.ref} ${indicator.title}`)}>
        <span className="slide-ref">{indicator.ref}</span> {indicator.title}
      </h1>
      {shownInsteadOf && (
        <p className="deck-notice">
          No entry for {labelFor(periods, shownInsteadOf)}: showing its latest, {periodLabel}.
        </p>
      )}
      <p className="slide-summary" style={lengthStyle(summary)}>
        {summary}
      </p>
      <div className="slide-body">
        <div className="slide-facts-column">
          <dl className="slide-facts">
            <div className="slide-fact slide-fact--value">
              <dt>{periodLabel}</dt>
              <dd className="slide-value">{formatCell(assessment.cell, indicator.unit, { withUnit: true })}</dd>
            </div>
            <div className="slide-fact">
              <dt>Target</dt>
              <dd>{describeTargetFor(indicator, periodId, periods)}</dd>
            </div>
            <div className="slide-fact">
              <dt>Rating</dt>
              <dd>
                <RagBadge rating={rag.rating} size="large" />
              </dd>
            </div>
            <div className="slide-fact">
              <dt>Direction</dt>
              <dd>
                <DirectionIndicator direction={direction} />
              </dd>
            </div>
          </dl>
        </div>
        <div className="slide-chart">
          <TrendFigure indicator={indicator} scorecard={scorecard} periods={periods} periodId={periodId} size="large" fill />
        </div>
      </div>
    </section>
  )
}
