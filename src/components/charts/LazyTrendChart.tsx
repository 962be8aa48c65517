// The trend chart for any view: recharts loads only when a chart is drawn, so
// views that import this file do not pull the library into their bundle.
import { lazy, startTransition, Suspense, useEffect, useState } from 'react'
import { TrendChartEmpty, TrendChartLoading } from './TrendChartFrame'
import { CHART_SIZES, FILL_MIN_HEIGHT, useTrendSeries, type TrendChartProps } from './trendChartProps'

/** Set once the chart's code is here: from then on a chart is drawn in the render that places it. */
let chartCodeLoaded = false
const IndicatorTrendChart = lazy(async () => {
  const { IndicatorTrendChart: Chart } = await import('./IndicatorTrendChart')
  chartCodeLoaded = true
  return { default: Chart }
})

export function LazyTrendChart(props: TrendChartProps) {
  const series = useTrendSeries(props)
  // The first chart a page load meets is drawn after the page's first paint,
  // in a transition: the library's code then starts downloading once the page
  // shows, and React draws the chart in pieces, so neither holds the page's
  // paint or input for long. Its place is kept at its height meanwhile. Later
  // charts (the next slide, another indicator) are drawn at once, with no
  // placeholder in between.
  const [drawn, setDrawn] = useState(chartCodeLoaded)
  useEffect(() => {
    if (!drawn) startTransition(() => setDrawn(true))
  }, [drawn])
  // Nothing to plot: say so without loading the chart library at all.
  if (series.figureCount === 0) return <TrendChartEmpty className={props.className} />
  const height = props.height ?? (props.fill ? FILL_MIN_HEIGHT : CHART_SIZES[props.size ?? 'normal'].height)
  const loading = <TrendChartLoading height={height} fill={props.fill} />
  if (!drawn) return loading
  return (
    <Suspense fallback={loading}>
      <IndicatorTrendChart {...props} />
    </Suspense>
  )
}
