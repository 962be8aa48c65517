// The trend chart: every period the indicator has, its target, comparators,
// definition changes and labelled gaps. The only file (with the helpers it
// alone imports) that loads recharts; views place TrendFigure (or LazyTrendChart).
//
// Accessibility: the figure is one image with a label generated from the data
// (describeTrendChart), the drawing inside it is aria-hidden and has no focus
// stop (accessibilityLayer off), and the same figures are in TrendDataTable.
// Animation is always off, which also respects prefers-reduced-motion.
import { CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts'
import { useState, type ReactNode } from 'react'
import { describeTrendChart } from '../../domain/describeIndicator'
import { formatNumber } from '../../domain/formatValue'
import type { Unit } from '../../domain/scorecardSchema'
import { COMPARATOR_NAMES, comparatorField, type TrendRow, type TrendSeries } from '../../domain/trendSeries'
import { CHART_COLOURS, markerPath, SERIES_STYLES, type MarkerShape } from './chartTheme'
import { referenceMarks } from './referenceMarks'
import { axisFootnotes, footnoteSize, TrendAnnotations } from './TrendAnnotations'
import { chartNotes, TrendChartEmpty, TrendChartFrame } from './TrendChartFrame'
import { TrendLegend } from './TrendLegend'
import { CHART_SIZES, chartValueName, FILL_MIN_HEIGHT, useTrendSeries, type TrendChartProps } from './trendChartProps'

type ChartRow = TrendRow & Record<`run${number}`, number | null>

/** One data key per unbroken run of the line, so no line is drawn across a definition change or a stretch with no figures. */
function chartRows(series: TrendSeries): ChartRow[] {
  return series.rows.map((row) => {
    const out = { ...row } as ChartRow
    for (let r = 0; r < series.runs; r++) out[`run${r}`] = row.run === r ? row.value : null
    return out
  })
}

/** A raised value axis's ticks, start to end, a step apart. */
function axisTicks({ start, end, step }: { start: number; end: number; step: number }): number[] {
  const count = Math.round((end - start) / step)
  return Array.from({ length: count + 1 }, (_, i) => Number((start + i * step).toPrecision(12)))
}

/** The time axis runs from the first period's date to the last's; a single period gets a quarter either side. */
function timeDomain(series: TrendSeries): [number, number] {
  const first = series.rows[0]?.time ?? 0
  const last = series.rows.at(-1)?.time ?? first
  return first === last ? [first - 46, last + 46] : [first, last]
}

function dotRenderer(shape: MarkerShape, colour: string, r: number) {
  return function Dot(props: DotItemDotProps): ReactNode {
    const { cx, cy, index } = props
    if (typeof cx !== 'number' || typeof cy !== 'number') return <g key={index} />
    const provisional = (props.payload as ChartRow | undefined)?.provisional === true
    return (
      <path
        key={index}
        d={markerPath(shape, cx, cy, provisional ? r + 0.5 : r)}
        fill={provisional ? CHART_COLOURS.paper : colour}
        stroke={colour}
        strokeWidth={provisional ? 2 : 0}
      />
    )
  }
}

function TrendTooltip({ row, unit, valueName }: { row: ChartRow; unit: Unit; valueName: string }) {
  return (
    <div className="trend-tooltip">
      <p className="trend-tooltip-period">{row.label}</p>
      <p>
        {valueName}: {row.display}
        {row.provisional ? ' (provisional)' : ''}
      </p>
      {row.comparators.map((c, i) => (
        <p key={i}>
          {COMPARATOR_NAMES[c.kind]}: {formatNumber(c.number, unit)}
        </p>
      ))}
    </div>
  )
}

export function IndicatorTrendChart(props: TrendChartProps) {
  const { indicator, size = 'normal', width, height: fixedHeight, fill = false, className } = props
  const series = useTrendSeries(props)
  const [crowdedAxis, setCrowdedAxis] = useState(false)
  const label = describeTrendChart(indicator, series)
  if (series.figureCount === 0) return <TrendChartEmpty className={className} />

  const preset = CHART_SIZES[size]
  const height = fixedHeight ?? (fill ? FILL_MIN_HEIGHT : preset.height)
  const { fontSize } = preset
  const small = size === 'small'
  const unit = indicator.unit
  const valueName = chartValueName(props)
  const dotRadius = small ? 3 : size === 'large' ? 6 : 4.5
  // The band under the plot: two lines of period label, and a line for each footnote.
  const footnotes = axisFootnotes(series, unit, crowdedAxis).length
  const axisHeight = Math.round(fontSize * 3 + (footnotes > 0 ? 4 + footnotes * footnoteSize(fontSize) * 1.3 : 0))

  const chart = (
    <ComposedChart
      data={chartRows(series)}
      margin={preset.margin}
      accessibilityLayer={false}
      {...(width !== undefined ? { width, height } : {})}
    >
      <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
      {/* Proportional to time: each period at its end date. TrendAnnotations writes the period labels. */}
      <XAxis
        type="number"
        dataKey="time"
        domain={timeDomain(series)}
        ticks={series.rows.map((r) => r.time)}
        tick={false}
        tickLine={false}
        height={axisHeight}
        padding={{ left: small ? 12 : 24, right: small ? 12 : 24 }}
        stroke={CHART_COLOURS.axis}
      />
      <YAxis
        {...('step' in series.valueAxis
          ? {
              domain: [series.valueAxis.start, series.valueAxis.end],
              ticks: axisTicks(series.valueAxis),
              allowDataOverflow: true,
            }
          : { domain: [0, 'auto'] })}
        tickFormatter={(v: number) => formatNumber(v, unit)}
        allowDecimals={unit !== 'count' && unit !== 'days'}
        tick={{ fill: CHART_COLOURS.inkMuted, fontSize }}
        stroke={CHART_COLOURS.axis}
        width={small ? 44 : 64}
      />
      {referenceMarks(series)}
      {series.comparatorKinds.map((kind) => {
        const style = SERIES_STYLES[kind]
        return (
          <Line
            key={kind}
            dataKey={comparatorField(kind)}
            name={COMPARATOR_NAMES[kind]}
            stroke={style.colour}
            strokeWidth={style.width}
            strokeDasharray={style.dash}
            dot={dotRenderer(style.marker, style.colour, dotRadius - 0.5)}
            activeDot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        )
      })}
      {Array.from({ length: series.runs }, (_, r) => (
        <Line
          key={`run${r}`}
          dataKey={`run${r}`}
          name={valueName}
          stroke={SERIES_STYLES.value.colour}
          strokeWidth={SERIES_STYLES.value.width}
          dot={dotRenderer('circle', SERIES_STYLES.value.colour, dotRadius)}
          activeDot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
      <TrendAnnotations
        series={series}
        unit={unit}
        fontSize={fontSize}
        small={small}
        markerRadius={dotRadius}
        axisHeight={axisHeight}
        onCrowdedAxis={setCrowdedAxis}
      />
      <Tooltip
        isAnimationActive={false}
        cursor={{ stroke: CHART_COLOURS.axis, strokeDasharray: '2 2' }}
        content={(tooltip) => {
          const row = tooltip.payload?.[0]?.payload as ChartRow | undefined
          return tooltip.active && row ? <TrendTooltip row={row} unit={unit} valueName={valueName} /> : null
        }}
      />
    </ComposedChart>
  )

  return (
    <TrendChartFrame
      label={label}
      size={size}
      legend={<TrendLegend series={series} valueName={valueName} />}
      notes={chartNotes(series, unit)}
      className={[fill ? 'trend-chart--fill' : undefined, className].filter(Boolean).join(' ') || undefined}
      plotRef={props.plotRef}
    >
      {width !== undefined ? (
        chart
      ) : (
        <ResponsiveContainer
          width="100%"
          height={fill ? '100%' : height}
          minHeight={fill ? height : undefined}
          initialDimension={{ width: preset.initialWidth, height }}
        >
          {chart}
        </ResponsiveContainer>
      )}
    </TrendChartFrame>
  )
}
