// The one helper that draws reference marks on the trend chart: the target
// (line or band), comparators whose period is not stated, definition changes
// and periods with no figure. Returned as elements rather than wrapped in
// components so recharts sees them as its own children. Their words are placed
// clear of the data, and inside the chart, by TrendAnnotations.
import type { ReactElement } from 'react'
import { ReferenceArea, ReferenceLine } from 'recharts'
import type { TrendSeries } from '../../domain/trendSeries'
import { CHART_COLOURS, SERIES_STYLES } from './chartTheme'

export function referenceMarks(series: TrendSeries): ReactElement[] {
  const marks: ReactElement[] = []
  const { target } = series
  // A target that applies only from a period is drawn from that period on.
  const last = series.rows.at(-1)
  const from = target?.fromPeriodId ? series.rows.find((r) => r.periodId === target.fromPeriodId) : undefined
  const span = from && last ? { x1: from.time, x2: last.time } : {}
  if (target?.kind === 'band') {
    marks.push(
      <ReferenceArea
        key="target-band"
        {...span}
        y1={target.min}
        y2={target.max}
        ifOverflow="extendDomain"
        fill={CHART_COLOURS.targetBand}
        fillOpacity={1}
        stroke={CHART_COLOURS.targetBandEdge}
        strokeDasharray="3 2"
      />,
    )
  }
  if (target?.kind === 'line') {
    marks.push(
      <ReferenceLine
        key="target"
        {...(span.x1 !== undefined && span.x2 !== undefined
          ? {
              segment: [
                { x: span.x1, y: target.value },
                { x: span.x2, y: target.value },
              ],
            }
          : { y: target.value })}
        ifOverflow="extendDomain"
        stroke={SERIES_STYLES.target.colour}
        strokeWidth={SERIES_STYLES.target.width}
        strokeDasharray={SERIES_STYLES.target.dash}
      />,
    )
  }
  series.undatedComparators.forEach((c, i) => {
    const style = SERIES_STYLES[c.kind]
    marks.push(
      <ReferenceLine
        key={`undated-${i}`}
        y={c.number}
        ifOverflow="extendDomain"
        stroke={style.colour}
        strokeWidth={style.width}
        strokeDasharray={style.dash}
      />,
    )
  })
  series.rows.forEach((row) => {
    if (row.definitionChange) {
      marks.push(
        <ReferenceLine
          key={`definition-${row.periodId}`}
          x={row.time}
          stroke={SERIES_STYLES.definitionChange.colour}
          strokeWidth={SERIES_STYLES.definitionChange.width}
          strokeDasharray={SERIES_STYLES.definitionChange.dash}
        />,
      )
    }
    if (row.gapLabel) {
      marks.push(
        <ReferenceLine
          key={`gap-${row.periodId}`}
          x={row.time}
          stroke={SERIES_STYLES.status.colour}
          strokeWidth={SERIES_STYLES.status.width}
          strokeDasharray={SERIES_STYLES.status.dash}
        />,
      )
    }
  })
  return marks
}
