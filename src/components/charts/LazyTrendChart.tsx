// The trend chart for any view: recharts loads only when a chart is drawn, so
// views that import this file do not pull the library into their bundle.
import { lazy, startTransition, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { describeTrendChart } from '../../domain/describeIndicator'
import { TrendChartEmpty, TrendChartLoading } from './TrendChartFrame'
import { CHART_SIZES, FILL_MIN_HEIGHT, useTrendSeries, type TrendChartProps } from './trendChartProps'

/**
 * When a chart is drawn: as soon as it can be, or once it is in or near the
 * window. The first chart of a page takes 75–100 ms of the browser's
 * time to draw here (four times that on a slow tablet), so a page of 40 small
 * charts that drew them all would hold the page for seconds; drawn near the
 * screen, only the few in view are drawn as it opens.
 */
export type DrawWhen = 'at-once' | 'near-screen'

/** How near the window a chart out of view is drawn: half a screen above or below it, so scrolling rarely meets a placeholder. */
const NEAR = '50% 0px'

/** In the window now: drawn as the page opens (the ones further down wait for the observer). */
function isOnScreen(element: Element): boolean {
  const box = element.getBoundingClientRect()
  return box.bottom >= 0 && box.top <= innerHeight
}

// One observer for every waiting chart (a page may have dozens), each told once, when it comes near.
const waiting = new Map<Element, () => void>()
let observer: IntersectionObserver | undefined
function whenNear(element: Element, then: () => void): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const callback = entry.isIntersecting ? waiting.get(entry.target) : undefined
        if (!callback) continue
        stopWaiting(entry.target)
        callback()
      }
    },
    { rootMargin: NEAR },
  )
  waiting.set(element, then)
  observer.observe(element)
  return () => stopWaiting(element)
}
function stopWaiting(element: Element) {
  waiting.delete(element)
  observer?.unobserve(element)
  if (waiting.size > 0) return
  // None left: the next page's charts get an observer of their own.
  observer?.disconnect()
  observer = undefined
}

/** Set once the chart's code is here: from then on a chart is drawn in the render that places it. */
let chartCodeLoaded = false
const IndicatorTrendChart = lazy(async () => {
  const { IndicatorTrendChart: Chart } = await import('./IndicatorTrendChart')
  chartCodeLoaded = true
  return { default: Chart }
})

export function LazyTrendChart({ drawWhen = 'at-once', ...props }: TrendChartProps & { drawWhen?: DrawWhen }) {
  const series = useTrendSeries(props)
  const empty = series.figureCount === 0
  // The placeholder's text alternative: built once per chart, not on every render of a drawn one, which never shows it.
  const label = useMemo(() => describeTrendChart(props.indicator, series), [props.indicator, series])
  const place = useRef<HTMLDivElement>(null)
  const [near, setNear] = useState(drawWhen === 'at-once')
  // The first chart a page load meets is drawn after the page's first paint,
  // in a transition: the library's code then starts downloading once the page
  // shows, and React draws the chart in pieces, so neither holds the page's
  // paint or input for long. Its place is kept at its height meanwhile. Later
  // charts (the next slide, another indicator) are drawn at once, with no
  // placeholder in between.
  const [drawn, setDrawn] = useState(chartCodeLoaded)

  // Before the first paint, so a chart already on screen shows no placeholder when its code is here.
  // Only then: measuring makes the browser lay the new page out inside this
  // task (80 ms of a 120 ms task at 4× CPU on a phone), and before the code is
  // here the placeholder shows anyway, so the observer's first report, which
  // comes after the browser's own layout, is soon enough.
  // (Printing draws the rest only when the code is here: otherwise their placeholders are left out of print.)
  useLayoutEffect(() => {
    if (near || empty) return
    const element = place.current
    if (!element || typeof IntersectionObserver === 'undefined' || (chartCodeLoaded && isOnScreen(element))) {
      setNear(true)
      return
    }
    const stop = whenNear(element, () => startTransition(() => setNear(true)))
    // A printed page has every chart, wherever it is (drawn now, when the chart's code is here).
    const drawForPrint = () => flushSync(() => setNear(true))
    addEventListener('beforeprint', drawForPrint)
    return () => {
      stop()
      removeEventListener('beforeprint', drawForPrint)
    }
  }, [near, empty])

  useEffect(() => {
    if (near && !drawn) startTransition(() => setDrawn(true))
  }, [near, drawn])

  // Nothing to plot: say so without loading the chart library at all.
  if (empty) return <TrendChartEmpty className={props.className} />
  const height = props.height ?? (props.fill ? FILL_MIN_HEIGHT : CHART_SIZES[props.size ?? 'normal'].height)
  const loading = <TrendChartLoading height={height} fill={props.fill} placeRef={place} label={label} />
  // Once the code is here, a chart near the screen is drawn in the render that finds it so (printing relies on it).
  if (!near || !(drawn || chartCodeLoaded)) return loading
  return (
    <Suspense fallback={loading}>
      <IndicatorTrendChart {...props} />
    </Suspense>
  )
}
