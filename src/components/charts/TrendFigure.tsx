// One indicator's trend as a page shows it, in one <figure> (as the DfE's
// explore-education-statistics ChartRenderer wraps a chart, its caption and
// its export menu): the chart with its generated text alternative, its
// caption, its downloads and, where the page wants it, the same figures as a
// table. A page places this one component; the chart's ref and the export's
// words are wired here, from the data.
import { useId, useRef } from 'react'
import { describeTrendChart } from '../../domain/describeIndicator'
import type { Indicator, Period, Scorecard } from '../../domain/scorecardSchema'
import { ChartDownloadButtons } from './ChartDownloadButtons'
import type { ChartHeading } from './chartImage/composeChartSvg'
import { LazyTrendChart, type DrawWhen } from './LazyTrendChart'
import { legendEntries } from './legendEntries'
import { TrendDataTable } from './TrendDataTable'
import { chartValueName, useTrendSeries, type TrendChartSize } from './trendChartProps'
import './charts.css'

type Props = {
  /** What is drawn: an indicator, or a series built from one (the annual report's year ends). */
  indicator: Indicator
  scorecard: Scorecard
  periods: ReadonlyMap<string, Period>
  /** The period the page is about: marked in the table, named in the caption and the download's file name. */
  periodId: string
  /** The indicator's name in the caption, when the series is not the indicator itself; default its title. */
  title?: string
  size?: TrendChartSize
  height?: number
  /** Fill the height the page's layout gives the figure (a slide); `height` is then the chart's least. */
  fill?: boolean
  /** Show the figures as a table under the chart, with this caption (true: the table's default caption). */
  table?: boolean | { caption: string }
  /** Said instead of drawing a chart (no downloads then), e.g. when there are too few figures to draw one. */
  withoutChart?: string
  className?: string
  /** 'near-screen' on a page where the chart may be out of view as it opens (LazyTrendChart); default 'at-once'. */
  drawWhen?: DrawWhen
}

/** The caption, shown to assistive technology and written as a saved image's heading. */
function trendCaption(indicator: Pick<Indicator, 'ref'>, title: string, authority: string, periodLabel: string): ChartHeading {
  return { title: `${indicator.ref} ${title}`, subtitle: `${authority} · ${periodLabel}` }
}

export function TrendFigure({
  indicator,
  scorecard,
  periods,
  periodId,
  title,
  size = 'normal',
  height,
  fill = false,
  table,
  withoutChart,
  className,
  drawWhen,
}: Props) {
  const plotRef = useRef<HTMLDivElement>(null)
  const captionId = useId()
  const series = useTrendSeries({ indicator, periods })
  const valueName = chartValueName({ scorecard })
  const caption = trendCaption(indicator, title ?? indicator.title, scorecard.authority, periods.get(periodId)?.label ?? periodId)
  // Only a drawn chart can be saved: no buttons beside "No figures to chart".
  const drawn = withoutChart === undefined && series.figureCount > 0

  return (
    <figure
      className={['trend-figure', fill ? 'trend-figure--fill' : undefined, className].filter(Boolean).join(' ')}
      aria-labelledby={captionId}
    >
      {/* The page's own heading names the indicator on screen; this names the figure for assistive
          technology (by aria-labelledby too, which every accessibility API reads). */}
      <figcaption id={captionId} className="visually-hidden">{`${caption.title} (${caption.subtitle})`}</figcaption>
      <div className="trend-figure-chart">
        {withoutChart !== undefined ? (
          <p className="trend-figure-without-chart">{withoutChart}</p>
        ) : (
          <LazyTrendChart
            indicator={indicator}
            scorecard={scorecard}
            periods={periods}
            size={size}
            height={height}
            fill={fill}
            plotRef={plotRef}
            drawWhen={drawWhen}
          />
        )}
        {drawn && (
          <ChartDownloadButtons
            plotRef={plotRef}
            file={{ authority: scorecard.authority, indicatorRef: indicator.ref, periodId }}
            imageText={() => ({
              heading: caption,
              description: describeTrendChart(indicator, series),
              legend: legendEntries(series, valueName),
            })}
            className={size === 'small' ? 'chart-download-compact' : undefined}
          />
        )}
      </div>
      {table && (
        <TrendDataTable
          indicator={indicator}
          periods={periods}
          currentPeriodId={periodId}
          documents={scorecard.documents}
          caption={typeof table === 'object' ? table.caption : undefined}
        />
      )}
    </figure>
  )
}
