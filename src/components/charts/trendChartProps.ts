// The public props of the trend chart, and the series it draws, kept apart
// from the recharts code so views can use them without loading the library.
import { useMemo, type Ref } from 'react'
import { buildTrendSeries, type TrendSeries } from '../../domain/trendSeries'
import type { Indicator, Period, Scorecard } from '../../domain/scorecardSchema'

export type TrendChartSize = 'small' | 'normal' | 'large'

type PeriodSource =
  | { periods: ReadonlyMap<string, Period> | readonly Period[]; scorecard?: Pick<Scorecard, 'periods' | 'authority'> }
  | { scorecard: Pick<Scorecard, 'periods' | 'authority'>; periods?: ReadonlyMap<string, Period> | readonly Period[] }

export type TrendChartProps = PeriodSource & {
  indicator: Indicator
  /** 'small' for a grid of cards, 'normal' for a page, 'large' for presentation. Default 'normal'. */
  size?: TrendChartSize
  /** A fixed width in pixels; without it the chart fills its container's width. */
  width?: number
  /** A fixed height in pixels; without it the size sets the height. With `fill`, the least height. */
  height?: number
  /** Fill the height the page's layout gives the chart (a slide): the plot takes what the key and notes leave. */
  fill?: boolean
  /** The legend's name for the indicator's own line; default the scorecard's authority, else "Figure". */
  valueName?: string
  /** Extra class on the wrapper. */
  className?: string
  /** The element the drawing is in (TrendFigure's, for its downloads). */
  plotRef?: Ref<HTMLDivElement>
}

export const CHART_SIZES: Record<
  TrendChartSize,
  { height: number; initialWidth: number; fontSize: number; margin: { top: number; right: number; bottom: number; left: number } }
> = {
  small: { height: 200, initialWidth: 320, fontSize: 12, margin: { top: 16, right: 24, bottom: 4, left: 0 } },
  normal: { height: 340, initialWidth: 720, fontSize: 13, margin: { top: 24, right: 48, bottom: 8, left: 8 } },
  large: { height: 520, initialWidth: 1100, fontSize: 18, margin: { top: 32, right: 64, bottom: 12, left: 16 } },
}

/** The least height of a chart that fills its container, when no height is given: below this a trend cannot be read. */
export const FILL_MIN_HEIGHT = 200

/** The legend's name for the indicator's own line. */
export function chartValueName(props: Pick<TrendChartProps, 'valueName' | 'scorecard'>): string {
  return props.valueName ?? props.scorecard?.authority ?? 'Figure'
}

/** The series to draw, built once per indicator and set of periods. */
export function useTrendSeries(props: Pick<TrendChartProps, 'indicator' | 'periods' | 'scorecard'>): TrendSeries {
  const periods = props.periods ?? props.scorecard?.periods
  return useMemo(() => buildTrendSeries(props.indicator, periods ?? []), [props.indicator, periods])
}
