// The trend chart's words and marks that recharts does not place well by
// itself, drawn inside the chart (so a saved image has them too) from the
// chart's own scales: the period labels under the time axis (thinned to fit,
// first and last always kept, and saying so when some are left out), the
// stretches of time with no figures, the labels of the target and of level
// comparators (each put where it touches no line or marker, or left to the
// key), and the mark and note of a value axis that does not start at zero.
import { useEffect, useMemo } from 'react'
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts'
import { formatNumber } from '../../domain/formatValue'
import type { Unit } from '../../domain/scorecardSchema'
import { comparatorField, type TrendSeries } from '../../domain/trendSeries'
import { CHART_COLOURS, SERIES_STYLES } from './chartTheme'
import {
  bandLabelCandidates,
  firstClearBox,
  layoutAxisLabels,
  levelLabelCandidates,
  textWidth,
  type Box,
  type PlacedAxisLabel,
  type Point,
  type Polyline,
} from './labelPlacement'

/** "Year end" over "2017-18", "2011-14" over "(three-year average)". */
export function periodLabelLines(label: string): string[] {
  const bracket = label.indexOf(' (')
  if (bracket > 0) return [label.slice(0, bracket), label.slice(bracket + 1)]
  const space = label.lastIndexOf(' ')
  return space > 0 ? [label.slice(0, space), label.slice(space + 1)] : [label]
}

export const CROWDED_AXIS_NOTE = 'Some periods are not named, for space'

/** The footnote under the time axis: where the value axis starts, and whether every period is named. */
export function axisFootnote(series: Pick<TrendSeries, 'valueAxis'>, unit: Unit, crowded: boolean): string {
  const parts = [
    ...(series.valueAxis.start > 0 ? [`Axis starts at ${formatNumber(series.valueAxis.start, unit)}`] : []),
    ...(crowded ? [CROWDED_AXIS_NOTE] : []),
  ]
  return parts.join(' · ')
}

type Scale = (value: unknown) => number | undefined

/** The drawn lines as pixel polylines, broken where the chart breaks them: the figure's runs and each dated comparator. */
function drawnLines(series: TrendSeries, x: Scale, y: Scale): Polyline[] {
  const lines: Point[][] = []
  const trace = (valueOf: (row: TrendSeries['rows'][number]) => number | null | undefined, breakAt: (i: number) => boolean) => {
    let current: Point[] = []
    series.rows.forEach((row, i) => {
      const value = valueOf(row)
      if (breakAt(i) || value === null || value === undefined) {
        if (current.length > 0) lines.push(current)
        current = []
      }
      const px = x(row.time)
      const py = value === null || value === undefined ? undefined : y(value)
      if (px !== undefined && py !== undefined) current.push({ x: px, y: py })
    })
    if (current.length > 0) lines.push(current)
  }
  trace(
    (r) => r.value,
    (i) => i > 0 && series.rows[i]!.run !== series.rows[i - 1]!.run,
  )
  for (const kind of series.comparatorKinds)
    trace(
      (r) => r[comparatorField(kind)],
      () => false,
    )
  return lines
}

type Placed = { box: Box; text: string; fill: string }

type Options = { fontSize: number; markerRadius: number }

/** Where the target applies, in pixels: from its first period to the last, or the whole plot. */
function targetSpan(series: TrendSeries, x: Scale, plot: Box): [number, number] {
  const from = series.target?.fromPeriodId ? series.rows.find((r) => r.periodId === series.target!.fromPeriodId) : undefined
  const last = series.rows.at(-1)
  if (!from || !last) return [plot.left, plot.right]
  return [x(from.time) ?? plot.left, x(last.time) ?? plot.right]
}

/** The level lines drawn across the plot (a target line, undated comparators), as obstacles for words. */
function levelLines(series: TrendSeries, x: Scale, y: Scale, plot: Box): Polyline[] {
  const [x1, x2] = targetSpan(series, x, plot)
  const lines: Polyline[] = []
  const ty = series.target?.kind === 'line' ? y(series.target.value) : undefined
  if (ty !== undefined)
    lines.push([
      { x: x1, y: ty },
      { x: x2, y: ty },
    ])
  for (const c of series.undatedComparators) {
    const cy = y(c.number)
    if (cy !== undefined)
      lines.push([
        { x: plot.left, y: cy },
        { x: plot.right, y: cy },
      ])
  }
  return lines
}

/** A stretch of time with no figures: its shade, inset from the markers either side, and its words where they fit clear of any line. */
function placeTimeGaps(series: TrendSeries, x: Scale, plot: Box, lines: Polyline[], { fontSize, markerRadius }: Options) {
  const size = fontSize - 1
  const height = Math.ceil(size * 1.25)
  const words = 'No figures'
  const width = textWidth(words, size)
  return series.timeGaps.map((gap) => {
    const x1 = (x(gap.from.time) ?? plot.left) + markerRadius + 4
    const x2 = (x(gap.to.time) ?? plot.right) - markerRadius - 4
    const band: Box = { left: x1, right: x2, top: plot.top, bottom: plot.bottom }
    const left = (x1 + x2) / 2 - width / 2
    const tops = [0.02, 0.5, 0.85, 0.25, 0.7].map((share) => plot.top + 2 + share * (plot.bottom - plot.top - height - 4))
    const box =
      x2 - x1 >= width + 6
        ? firstClearBox(
            tops.map((top) => ({ left, right: left + width, top, bottom: top + height })),
            { lines, boxes: [], markerRadius },
            band,
          )
        : undefined
    return {
      key: `${gap.from.periodId}-${gap.to.periodId}`,
      band,
      label: box ? { box, text: words, fill: CHART_COLOURS.inkMuted } : undefined,
    }
  })
}

/** The target's and level comparators' labels, each in the first clear place, or none (the key names them). */
function placeLevelLabels(
  series: TrendSeries,
  y: Scale,
  plot: Box,
  span: [number, number],
  obstacles: { lines: Polyline[]; boxes: Box[] },
  { fontSize, markerRadius }: Options,
): Placed[] {
  const height = Math.ceil(fontSize * 1.25)
  const [x1, x2] = span
  const { target } = series
  type Wanted = { texts: string[]; fill: string; candidates: (width: number) => Box[] }
  const wanted: Wanted[] = []
  const ty = target?.kind === 'line' ? y(target.value) : undefined
  if (target?.kind === 'line' && ty !== undefined) {
    wanted.push({
      texts: [`Target ${target.text}`],
      fill: CHART_COLOURS.ink,
      candidates: (w) => levelLabelCandidates(ty, x1, x2, w, height, plot),
    })
  }
  const top = target?.kind === 'band' ? y(target.max) : undefined
  const bottom = target?.kind === 'band' ? y(target.min) : undefined
  if (target?.kind === 'band' && top !== undefined && bottom !== undefined) {
    wanted.push({
      texts: [`Target range ${target.text}`, `Target ${target.text}`],
      fill: CHART_COLOURS.ink,
      candidates: (w) => bandLabelCandidates(top, bottom, x1, x2, w, height, plot),
    })
  }
  for (const c of series.undatedComparators) {
    const cy = y(c.number)
    if (cy === undefined) continue
    wanted.push({
      texts: [`${c.name} ${c.text} (period not stated)`, `${c.name} ${c.text}`],
      fill: c.kind === 'england' ? CHART_COLOURS.england : CHART_COLOURS.ink,
      candidates: (w) => levelLabelCandidates(cy, plot.left, plot.right, w, height, plot),
    })
  }
  const placed: Placed[] = []
  for (const want of wanted) {
    for (const text of want.texts) {
      const box = firstClearBox(
        want.candidates(textWidth(text, fontSize)),
        { lines: obstacles.lines, boxes: [...obstacles.boxes, ...placed.map((p) => p.box)], markerRadius },
        plot,
      )
      if (box) {
        placed.push({ box, text, fill: want.fill })
        break
      }
    }
  }
  return placed
}

type Props = {
  series: TrendSeries
  unit: Unit
  fontSize: number
  small: boolean
  markerRadius: number
  /** Height of the band under the plot that holds the period labels and the footnote. */
  axisHeight: number
  /** Told whether some period labels had to be left out, so the chart can make room for the footnote saying so. */
  onCrowdedAxis: (crowded: boolean) => void
}

export function TrendAnnotations({ series, unit, fontSize, small, markerRadius, axisHeight, onCrowdedAxis }: Props) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  const area = usePlotArea()

  const drawing = useMemo(() => {
    if (!x || !y || !area) return undefined
    const plot: Box = { left: area.x, top: area.y, right: area.x + area.width, bottom: area.y + area.height }
    const lines = [...drawnLines(series, x, y), ...levelLines(series, x, y, plot)]
    const axis = layoutAxisLabels(
      series.rows.map((r) => ({ x: x(r.time) ?? plot.left, lines: periodLabelLines(r.label) })),
      // Under the plot the labels may use the whole width: the value axis's words end above them.
      2,
      plot.right + 8,
      fontSize,
    )
    const options = { fontSize, markerRadius }
    const gaps = placeTimeGaps(series, x, plot, lines, options).map((g) => (small ? { ...g, label: undefined } : g))
    const gapBoxes = gaps.flatMap((g) => (g.label ? [g.label.box] : []))
    const labels = small ? [] : placeLevelLabels(series, y, plot, targetSpan(series, x, plot), { lines, boxes: gapBoxes }, options)
    return { plot, axis, labels, gaps }
  }, [x, y, area, series, fontSize, small, markerRadius])

  const crowded = (drawing?.axis.hidden.length ?? 0) > 0
  useEffect(() => onCrowdedAxis(crowded), [crowded, onCrowdedAxis])
  if (!drawing || !x) return null
  const { plot, axis, labels, gaps } = drawing
  const footnote = axisFootnote(series, unit, crowded)
  const noteSize = Math.max(11, fontSize - 2)

  return (
    <g className="trend-annotations">
      {gaps
        .filter((g) => g.band.right > g.band.left)
        .map(({ key, band, label }) => (
          <g key={key} className="trend-time-gap">
            <rect
              x={band.left}
              y={band.top}
              width={band.right - band.left}
              height={band.bottom - band.top}
              fill={SERIES_STYLES.timeGap.fill}
            />
            {/* Dashed edges at the sides only: where the line stops and starts again. */}
            <path
              d={`M${band.left},${band.top}V${band.bottom}M${band.right},${band.top}V${band.bottom}`}
              stroke={SERIES_STYLES.timeGap.colour}
              strokeWidth={SERIES_STYLES.timeGap.width}
              strokeDasharray={SERIES_STYLES.timeGap.dash}
            />
            {label && (
              <text
                className="trend-annotation trend-gap-label"
                x={label.box.left}
                y={label.box.top + fontSize - 1}
                fill={label.fill}
                fontSize={fontSize - 1}
                fontWeight={600}
              >
                {label.text}
              </text>
            )}
          </g>
        ))}
      {labels.map((label) => (
        <text
          key={label.text}
          className="trend-annotation trend-level-label"
          x={label.box.left}
          y={label.box.top + fontSize}
          fill={label.fill}
          fontSize={fontSize}
          fontWeight={600}
        >
          {label.text}
        </text>
      ))}
      {series.rows.map((row) => {
        const px = x(row.time)
        return px === undefined ? null : (
          <line key={row.periodId} x1={px} x2={px} y1={plot.bottom} y2={plot.bottom + 5} stroke={CHART_COLOURS.axis} strokeWidth={1} />
        )
      })}
      {axis.shown.map((label: PlacedAxisLabel) => (
        <text
          key={label.index}
          className="trend-axis-label"
          x={label.x}
          y={plot.bottom + 6}
          textAnchor="middle"
          fill={CHART_COLOURS.inkMuted}
          fontSize={fontSize}
        >
          {label.lines.map((line, i) => (
            <tspan key={i} x={label.x} dy={i === 0 ? '0.9em' : '1.15em'}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      {series.valueAxis.start > 0 && (
        // A break in the value axis near its foot: it does not start at zero.
        <path
          d={`M${plot.left - 6},${plot.bottom - 13}l12,-5M${plot.left - 6},${plot.bottom - 8}l12,-5`}
          stroke={CHART_COLOURS.ink}
          strokeWidth={1.5}
          fill="none"
        />
      )}
      {footnote !== '' && (
        <text className="trend-axis-footnote" x={2} y={plot.bottom + axisHeight - 4} fill={CHART_COLOURS.inkMuted} fontSize={noteSize}>
          {footnote}
        </text>
      )}
    </g>
  )
}
