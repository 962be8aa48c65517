// One official measure's trend as a page shows it, built as TrendFigure is:
// one <figure> with the chart and its generated text alternative, a caption,
// PNG/SVG downloads (their words from the data) and, where the page wants
// it, the same figures as a table. recharts loads only when it is drawn.
import { lazy, Suspense, useId, useRef } from 'react'
import { describeOfficialTrend, type OfficialTrend } from '../../domain/official/officialTrend'
import { ChartDownloadButtons } from './ChartDownloadButtons'
import { officialLegend, OFFICIAL_CHART_HEIGHT } from './officialTrendChartProps'
import { OfficialTrendTable } from './OfficialTrendTable'
import { TrendChartEmpty, TrendChartLoading } from './TrendChartFrame'
import type { TrendChartSize } from './trendChartProps'
import './charts.css'

const OfficialTrendChart = lazy(async () => ({ default: (await import('./OfficialTrendChart')).OfficialTrendChart }))

type Props = {
  trend: OfficialTrend
  showNeighbours?: boolean
  size?: TrendChartSize
  height?: number
  /** Show the figures as a table under the chart, with this caption. */
  table?: { caption: string }
  className?: string
}

export function OfficialTrendFigure({ trend, showNeighbours = false, size = 'normal', height, table, className }: Props) {
  const plotRef = useRef<HTMLDivElement>(null)
  const captionId = useId()
  const { measure, council } = trend
  const last = trend.rows.at(-1)?.period
  const heading = {
    title: measure.title,
    subtitle: `${council.name} · published by the ${measure.dataOwner} · ${trend.rows[0]?.period.text ?? ''}–${last?.text ?? ''}`,
  }
  const drawn = trend.figureCount > 0

  return (
    <figure className={['trend-figure', className].filter(Boolean).join(' ')} aria-labelledby={captionId}>
      <figcaption id={captionId} className="visually-hidden">{`${heading.title} (${heading.subtitle})`}</figcaption>
      <div className="trend-figure-chart">
        {drawn ? (
          <Suspense fallback={<TrendChartLoading height={height ?? OFFICIAL_CHART_HEIGHT[size]} />}>
            <OfficialTrendChart trend={trend} showNeighbours={showNeighbours} size={size} height={height} plotRef={plotRef} />
          </Suspense>
        ) : (
          <TrendChartEmpty />
        )}
        {drawn && (
          <ChartDownloadButtons
            plotRef={plotRef}
            file={{ authority: council.name, indicatorRef: measure.code, periodId: last?.text ?? '' }}
            imageText={() => ({ heading, description: describeOfficialTrend(trend), legend: officialLegend(trend, showNeighbours) })}
            className={size === 'small' ? 'chart-download-compact' : undefined}
          />
        )}
      </div>
      {table && <OfficialTrendTable trend={trend} caption={table.caption} showNeighbours={showNeighbours} />}
    </figure>
  )
}
