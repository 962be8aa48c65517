// The frame every trend chart (a scorecard indicator's, an official
// measure's) sits in, with no chart library in it: one
// image with a generated label, the drawing and its key hidden from assistive
// technology (the label and the data table say the same), and a short note
// under it. The note sits outside the figure: a figure with role="img" may
// not contain a figcaption (ARIA in HTML), and what is inside an image is not
// read out.
import type { ReactNode, Ref } from 'react'
import { formatNumber } from '../../domain/formatValue'
import type { Unit } from '../../domain/scorecardSchema'
import type { TrendSeries } from '../../domain/trendSeries'
import type { TrendChartSize } from './trendChartProps'
import './charts.css'

type FrameProps = {
  label: string
  size: TrendChartSize
  /** The key under the drawing (TrendLegend or LegendList). */
  legend: ReactNode
  /** What a reader should know that the drawing does not say (left out on small charts). */
  notes: readonly string[]
  className?: string | undefined
  plotRef?: Ref<HTMLDivElement> | undefined
  children: ReactNode
}

/** What a reader should know that the drawing alone does not say. */
export function chartNotes(series: TrendSeries, unit: Unit): string[] {
  const notes: string[] = []
  if (series.rows.some((r) => r.gapLabel)) notes.push('A gap in the line is a period with no figure; it is labelled.')
  if (series.segments > 1) notes.push('The line is broken where the definition changed: figures either side are not comparable.')
  if (series.valueAxis.start > 0)
    notes.push(
      `The value axis starts at ${formatNumber(series.valueAxis.start, unit)}, not zero, so that a change of a few points can be seen.`,
    )
  return notes
}

export function TrendChartFrame({ label, size, legend, notes: allNotes, className, plotRef, children }: FrameProps) {
  const notes = size === 'small' ? [] : allNotes
  return (
    <div className={['trend-chart', `trend-chart--${size}`, className].filter(Boolean).join(' ')}>
      <figure className="trend-chart-figure" role="img" aria-label={label}>
        <div className="trend-chart-drawing" aria-hidden="true">
          <div className="trend-chart-plot" ref={plotRef}>
            {children}
          </div>
          {legend}
        </div>
      </figure>
      {notes.length > 0 && <p className="trend-chart-note">{notes.join(' ')}</p>}
    </div>
  )
}

/** Shown instead of a chart when there is nothing to plot, e.g. every period under development. */
export function TrendChartEmpty({ className }: { className?: string | undefined }) {
  return (
    <div className={['trend-chart', 'trend-chart--empty', className].filter(Boolean).join(' ')}>
      <p className="trend-chart-empty">No figures to chart.</p>
    </div>
  )
}

/** Holds the chart's place, at its height (or filling its container), while the chart library loads. */
export function TrendChartLoading({
  height,
  fill = false,
  placeRef,
  label,
}: {
  height: number
  fill?: boolean | undefined
  /** The placeholder's element, for a chart drawn once it nears the screen (LazyTrendChart). */
  placeRef?: Ref<HTMLDivElement> | undefined
  /** The chart's text alternative, so a reader who meets the chart before it is drawn hears what it shows. */
  label?: string | undefined
}) {
  return (
    <div
      ref={placeRef}
      {...(label !== undefined ? { role: 'img', 'aria-label': label } : {})}
      className={['trend-chart', 'trend-chart--loading', fill ? 'trend-chart--fill' : undefined].filter(Boolean).join(' ')}
      style={{ minHeight: height }}
    >
      <p className="trend-chart-loading">Loading the chart…</p>
    </div>
  )
}
