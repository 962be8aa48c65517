// The trend chart for any view: recharts loads only when a chart is drawn, so
// views that import this file do not pull the library into their bundle.
import { lazy, Suspense } from 'react'
import { TrendChartEmpty, TrendChartLoading } from './TrendChartFrame'
import { CHART_SIZES, FILL_MIN_HEIGHT, useTrendSeries, type TrendChartProps } from './trendChartProps'

const IndicatorTrendChart = lazy(async () => ({ default: (await import('./IndicatorTrendChart')).IndicatorTrendChart }))

export function LazyTrendChart(props: TrendChartProps) {
  const series = useTrendSeries(props)
  // Nothing to plot: say so without loading the chart library at all.
  if (series.figureCount === 0) return <TrendChartEmpty className={props.className} />
  const height = props.height ?? (props.fill ? FILL_MIN_HEIGHT : CHART_SIZES[props.size ?? 'normal'].height)
  return (
    <Suspense fallback={<TrendChartLoading height={height} fill={props.fill} />}>
      <IndicatorTrendChart {...props} />
    </Suspense>
  )
}
