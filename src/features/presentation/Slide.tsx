// One indicator as a slide: heading, the figure, target, rating and direction
// in large type, the generated one-line summary, and a large trend chart with
// its downloads.
import type { Ref } from 'react'
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
  chartHeight: number
}

export function Slide({ ref, slide, scorecard, periods, chartHeight }: Props) {
  const { assessment, shownInsteadOf } = slide
  const { indicator, periodId, rag, direction } = assessment
  const periodLabel = labelFor(periods, periodId)
  return (
    <section ref={ref} className="slide" aria-labelledby="slide-title" tabIndex={-1}>
      <h1 id="slide-title" className="slide-title">
        <span className="slide-ref">{indicator.ref}</span> {indicator.title}
      </h1>
      {shownInsteadOf && (
        <p className="deck-notice">
          No entry for {labelFor(periods, shownInsteadOf)}: showing its latest, {periodLabel}
          {assessment.at?.freshness === 'stale' && ', which is out of date'}.
        </p>
      )}
      <p className="slide-summary">{describeAssessment(assessment, periods)}</p>
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
          <TrendFigure
            indicator={indicator}
            scorecard={scorecard}
            periods={periods}
            periodId={periodId}
            size="large"
            height={chartHeight}
          />
        </div>
      </div>
    </section>
  )
}
