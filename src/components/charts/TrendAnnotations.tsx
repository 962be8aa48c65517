// The trend chart's words and marks that recharts does not place well by
// itself, drawn inside the chart (so a saved image has them too) from the
// chart's own scales: the period labels under the time axis (thinned to fit,
// first and last always kept, and saying so when some are left out), the
// stretches of time with no figures, the labels of the target, of level
// comparators, of periods with no figure and of definition changes (each put
// where it touches no line, marker or other label, or left to the key and the
// text alternative), and the mark and note of a value axis that does not start
// at zero. Nothing is drawn outside the chart's own width.
import { useEffect, useMemo } from 'react'
import { useChartWidth, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts'
import { formatNumber } from '../../domain/formatValue'
import type { Unit } from '../../domain/scorecardSchema'
import { comparatorField, type TrendSeries } from '../../domain/trendSeries'
import { CHART_COLOURS, SERIES_STYLES } from './chartTheme'
import {
  bandLabelCandidates,
  firstClearBox,
  layoutAxisLabels,
  levelLabelCandidates,
  ruleLabelCandidates,
  textWidth,
  type Box,
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

export const CROWDED_AXIS_NOTE = 'Not every period is named'

/** The footnote lines under the time axis: where the value axis starts, and whether every period is named. Short, to fit a phone. */
export function axisFootnotes(series: Pick<TrendSeries, 'valueAxis'>, unit: Unit, crowded: boolean): string[] {
  return [
    ...(series.valueAxis.start > 0 ? [`Axis starts at ${formatNumber(series.valueAxis.start, unit)}`] : []),
    ...(crowded ? [CROWDED_AXIS_NOTE] : []),
  ]
}

/** The footnote's type size for a chart's type size: small, but never below 11 pixels. */
export function footnoteSize(fontSize: number): number {
  return Math.min(Math.max(11, fontSize - 2), 14)
}

type Scale = (value: unknown) => number | undefined
type Row = TrendSeries['rows'][number]
type Placed = { box: Box; text: string; fill: string; size: number }
type Obstacles = { lines: Polyline[]; boxes: Box[] }

/** The drawn lines as pixel polylines, broken where the chart breaks them: the figure's runs and each dated comparator. */
function drawnLines(series: TrendSeries, x: Scale, y: Scale): Polyline[] {
  const lines: Point[][] = []
  const trace = (valueOf: (row: Row) => number | null | undefined, breakAt: (i: number) => boolean) => {
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

type Wanted = { texts: string[]; fill: string; size: number; candidates: (width: number) => Box[] }

/** Each wanted label in the first clear place for the first of its wordings that has one; none where none is clear. */
function placeAll(wanted: readonly Wanted[], plot: Box, obstacles: Obstacles, markerRadius: number): Placed[] {
  const placed: Placed[] = []
  for (const want of wanted) {
    for (const text of want.texts) {
      const box = firstClearBox(
        want.candidates(textWidth(text, want.size)),
        { lines: obstacles.lines, boxes: [...obstacles.boxes, ...placed.map((p) => p.box)], markerRadius },
        plot,
      )
      if (box) {
        placed.push({ box, text, fill: want.fill, size: want.size })
        break
      }
    }
  }
  return placed
}

/** The target's and level comparators' labels. */
function levelLabels(series: TrendSeries, y: Scale, plot: Box, [x1, x2]: [number, number], fontSize: number): Wanted[] {
  const height = Math.ceil(fontSize * 1.25)
  const { target } = series
  const wanted: Wanted[] = []
  const ty = target?.kind === 'line' ? y(target.value) : undefined
  if (target?.kind === 'line' && ty !== undefined) {
    wanted.push({
      texts: [`Target ${target.text}`],
      fill: CHART_COLOURS.ink,
      size: fontSize,
      candidates: (w) => levelLabelCandidates(ty, x1, x2, w, height, plot),
    })
  }
  const top = target?.kind === 'band' ? y(target.max) : undefined
  const bottom = target?.kind === 'band' ? y(target.min) : undefined
  if (target?.kind === 'band' && top !== undefined && bottom !== undefined) {
    wanted.push({
      texts: [`Target range ${target.text}`, `Target ${target.text}`],
      fill: CHART_COLOURS.ink,
      size: fontSize,
      candidates: (w) => bandLabelCandidates(top, bottom, x1, x2, w, height, plot),
    })
  }
  for (const c of series.undatedComparators) {
    const cy = y(c.number)
    if (cy === undefined) continue
    wanted.push({
      texts: [`${c.name} ${c.text} (period not stated)`, `${c.name} ${c.text}`],
      fill: c.kind === 'england' ? CHART_COLOURS.england : CHART_COLOURS.ink,
      size: fontSize,
      candidates: (w) => levelLabelCandidates(cy, plot.left, plot.right, w, height, plot),
    })
  }
  return wanted
}

/** The words beside each period with no figure ("Suppressed", "No data"). */
function ruleLabels(series: TrendSeries, x: Scale, plot: Box, fontSize: number): Wanted[] {
  const size = fontSize - 1
  const height = Math.ceil(size * 1.25)
  return series.rows.flatMap((row) => {
    const px = x(row.time)
    if (!row.gapLabel || px === undefined) return []
    return [
      { texts: [row.gapLabel], fill: CHART_COLOURS.inkMuted, size, candidates: (w: number) => ruleLabelCandidates(px, w, height, plot) },
    ]
  })
}

/** A stretch of time with no figures: its shade, inset from the markers either side, and "No figures" where it fits clear of everything else. */
function timeGaps(series: TrendSeries, x: Scale, plot: Box, fontSize: number, markerRadius: number) {
  const size = fontSize - 1
  const height = Math.ceil(size * 1.25)
  return series.timeGaps.map((gap) => {
    const x1 = (x(gap.from.time) ?? plot.left) + markerRadius + 4
    const x2 = (x(gap.to.time) ?? plot.right) - markerRadius - 4
    const band: Box = { left: x1, right: x2, top: plot.top, bottom: plot.bottom }
    const want: Wanted = {
      texts: ['No figures'],
      fill: CHART_COLOURS.inkMuted,
      size,
      candidates: (width) => {
        if (x2 - x1 < width + 6) return []
        const left = (x1 + x2) / 2 - width / 2
        return [0.02, 0.5, 0.85, 0.25, 0.7].map((share) => {
          const top = plot.top + 2 + share * (plot.bottom - plot.top - height - 4)
          return { left, right: left + width, top, bottom: top + height }
        })
      },
    }
    return { key: `${gap.from.periodId}-${gap.to.periodId}`, band, want }
  })
}

/** "Definition changed" above the plot at each change, kept inside the chart's width. */
function definitionLabels(series: TrendSeries, x: Scale, plot: Box, chartWidth: number, fontSize: number): Placed[] {
  const size = fontSize - 1
  const text = 'Definition changed'
  const width = textWidth(text, size)
  return series.rows.flatMap((row) => {
    const px = x(row.time)
    if (!row.definitionChange || px === undefined) return []
    const left = Math.min(Math.max(px - width / 2, 2), chartWidth - 2 - width)
    const bottom = plot.top - 4
    return [{ box: { left, right: left + width, top: bottom - size * 1.25, bottom }, text, fill: CHART_COLOURS.ink, size }]
  })
}

type Props = {
  series: TrendSeries
  unit: Unit
  fontSize: number
  small: boolean
  markerRadius: number
  /** Height of the band under the plot that holds the period labels and the footnotes. */
  axisHeight: number
  /** Told whether some period labels had to be left out, so the chart can make room for the footnote saying so. */
  onCrowdedAxis: (crowded: boolean) => void
}

function PlacedText({ label, className }: { label: Placed; className: string }) {
  return (
    <text
      className={`trend-annotation ${className}`}
      x={label.box.left}
      y={label.box.top + label.size}
      fill={label.fill}
      fontSize={label.size}
      fontWeight={600}
    >
      {label.text}
    </text>
  )
}

export function TrendAnnotations({ series, unit, fontSize, small, markerRadius, axisHeight, onCrowdedAxis }: Props) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  const area = usePlotArea()
  const chartWidth = useChartWidth()

  const drawing = useMemo(() => {
    if (!x || !y || !area || chartWidth === undefined) return undefined
    const plot: Box = { left: area.x, top: area.y, right: area.x + area.width, bottom: area.y + area.height }
    const lines = [...drawnLines(series, x, y), ...levelLines(series, x, y, plot)]
    const axis = layoutAxisLabels(
      series.rows.map((r) => ({ x: x(r.time) ?? plot.left, lines: periodLabelLines(r.label) })),
      // Under the plot the labels may use the whole width: the value axis's words end above them.
      2,
      chartWidth - 2,
      fontSize,
    )
    const gaps = timeGaps(series, x, plot, fontSize, markerRadius)
    // In order of importance: the target's words, then the comparators', the periods with no figure, then "No figures".
    // A small chart (a card in a grid) leaves the target and comparators to its key, as it has little room.
    const labels = placeAll(
      [...(small ? [] : levelLabels(series, y, plot, targetSpan(series, x, plot), fontSize)), ...ruleLabels(series, x, plot, fontSize)],
      plot,
      { lines, boxes: [] },
      markerRadius,
    )
    const gapLabels = small ? [] : gaps.map((g) => placeAll([g.want], plot, { lines, boxes: labels.map((l) => l.box) }, markerRadius)[0])
    const definitions = definitionLabels(series, x, plot, chartWidth, fontSize)
    return { plot, axis, labels, gaps: gaps.map((g, i) => ({ ...g, label: gapLabels[i] })), definitions }
  }, [x, y, area, chartWidth, series, fontSize, small, markerRadius])

  const crowded = (drawing?.axis.hidden.length ?? 0) > 0
  useEffect(() => onCrowdedAxis(crowded), [crowded, onCrowdedAxis])
  if (!drawing || !x) return null
  const { plot, axis, labels, gaps, definitions } = drawing
  const footnotes = axisFootnotes(series, unit, crowded)
  const noteSize = footnoteSize(fontSize)

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
            {label && <PlacedText label={label} className="trend-gap-label" />}
          </g>
        ))}
      {labels.map((label) => (
        <PlacedText key={label.text + label.box.left} label={label} className="trend-level-label" />
      ))}
      {definitions.map((label) => (
        <PlacedText key={label.box.left} label={label} className="trend-definition-label" />
      ))}
      {series.rows.map((row) => {
        const px = x(row.time)
        return px === undefined ? null : (
          <line key={row.periodId} x1={px} x2={px} y1={plot.bottom} y2={plot.bottom + 5} stroke={CHART_COLOURS.axis} strokeWidth={1} />
        )
      })}
      {axis.shown.map((label) => (
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
      {footnotes.map((note, i) => (
        <text
          key={note}
          className="trend-axis-footnote"
          x={2}
          y={plot.bottom + axisHeight - 4 - (footnotes.length - 1 - i) * noteSize * 1.3}
          fill={CHART_COLOURS.inkMuted}
          fontSize={noteSize}
        >
          {note}
        </text>
      ))}
    </g>
  )
}
