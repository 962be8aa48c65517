// One indicator on paper: figure, target, rating, direction, the generated
// summary, the commentary as printed, and its trend chart at a fixed size (a
// printed page does not resize). Never split across pages.
import { LazyTrendChart } from '../../components/charts/LazyTrendChart'
import { DirectionIndicator } from '../../components/DirectionIndicator'
import { FigureAtPoint } from '../../components/FigureAtPoint'
import { RagBadge } from '../../components/RagBadge'
import { SourceCitation } from '../../components/SourceCitation'
import type { Period, Scorecard } from '../../domain/scorecardSchema'
import type { PackEntry } from './buildPrintPack'

export const PACK_CHART = { width: 440, height: 150 }

type Props = { entry: PackEntry; scorecard: Scorecard; periods: ReadonlyMap<string, Period>; periodLabel: string }

export function PackIndicatorCard({ entry, scorecard, periods, periodLabel }: Props) {
  const { assessment: a, summary, target, commentary } = entry
  const headingId = `pack-card-${a.indicator.ref.replace(/[^A-Za-z0-9]/g, '-')}`
  return (
    <article className="pack-card" aria-labelledby={headingId}>
      <h4 id={headingId} className="pack-card-title">
        <span className="pack-ref">{a.indicator.ref}</span> {a.indicator.title}
      </h4>
      <div className="pack-card-body">
        <div className="pack-card-text">
          <dl className="pack-facts">
            <div>
              <dt>{periodLabel}</dt>
              <dd className="pack-value">
                <FigureAtPoint assessment={a} />
              </dd>
            </div>
            <div>
              <dt>Target</dt>
              <dd>{target}</dd>
            </div>
            <div>
              <dt>Rating</dt>
              <dd>
                <RagBadge rating={a.rag.rating} />
              </dd>
            </div>
            <div>
              <dt>Direction</dt>
              <dd>
                <DirectionIndicator direction={a.direction} />
              </dd>
            </div>
          </dl>
          <p className="pack-summary">{summary}</p>
          {commentary.length > 0 ? (
            commentary.map((c, i) => (
              <blockquote key={i} className="pack-commentary">
                <p className="pack-verbatim">{c.text}</p>
                <p className="pack-source">
                  Source: <SourceCitation source={c.source} documents={scorecard.documents} />
                </p>
              </blockquote>
            ))
          ) : (
            <p className="pack-no-commentary">No commentary for {periodLabel}.</p>
          )}
        </div>
        <div className="pack-card-chart">
          <LazyTrendChart
            indicator={a.indicator}
            scorecard={scorecard}
            periods={periods}
            size="small"
            width={PACK_CHART.width}
            height={PACK_CHART.height}
          />
        </div>
      </div>
    </article>
  )
}
