// The trend chart: every period the indicator has, its target, comparators,
// definition changes and labelled gaps. The only file (with the helpers it
// alone imports) that loads recharts; views place TrendFigure (or LazyTrendChart).
//
// Accessibility: the figure is one image with a label generated from the data
// (describeTrendChart), the drawing inside it is aria-hidden and has no focus
// stop (accessibilityLayer off), and the same figures are in TrendDataTable.
// Animation is always off, which also respects prefers-reduced-motion.
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
  type XAxisTickContentProps,
} from 'recharts'
import type { ReactNode } from 'react'
import { describeTrendChart } from '../../domain/describeIndicator'
import { formatNumber } from '../../domain/formatValue'
import type { Unit } from '../../domain/scorecardSchema'
import { COMPARATOR_NAMES, comparatorField, type TrendRow, type TrendSeries } from '../../domain/trendSeries'
import { CHART_COLOURS, markerPath, SERIES_STYLES, type MarkerShape } from './chartTheme'
import { referenceMarks } from './referenceMarks'
import { TrendChartEmpty, TrendChartFrame } from './TrendChartFrame'
import { CHART_SIZES, chartValueName, useTrendSeries, type TrendChartProps } from './trendChartProps'

type ChartRow = TrendRow & Record<`segment${number}`, number | null>

/** One data key per series segment, so no line is drawn across a definition change. */
function chartRows(series: TrendSeries): ChartRow[] {
  return series.rows.map((row) => {
    const out = { ...row } as ChartRow
    for (let s = 0; s < series.segments; s++) out[`segment${s}`] = row.segment === s ? row.value : null
    return out
  })
}

/** "Year end" over "2017-18", "2011-14" over "(three-year average)". */
export function periodLabelLines(label: string): string[] {
  const bracket = label.indexOf(' (')
  if (bracket > 0) return [label.slice(0, bracket), label.slice(bracket + 1)]
  const space = label.lastIndexOf(' ')
  return space > 0 ? [label.slice(0, space), label.slice(space + 1)] : [label]
}

function longestLine(label: string): string {
  return periodLabelLines(label).reduce((a, b) => (b.length > a.length ? b : a), '')
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
  const { indicator, size = 'normal', width, height: fixedHeight, className } = props
  const series = useTrendSeries(props)
  const label = describeTrendChart(indicator, series)
  if (series.figureCount === 0) return <TrendChartEmpty className={className} />

  const preset = CHART_SIZES[size]
  const height = fixedHeight ?? preset.height
  const { fontSize } = preset
  const small = size === 'small'
  const unit = indicator.unit
  const valueName = chartValueName(props)
  const labels = new Map(series.rows.map((r) => [r.periodId, r.label]))
  const dotRadius = small ? 3 : size === 'large' ? 6 : 4.5

  const tick = (tickProps: XAxisTickContentProps) => {
    const lines = periodLabelLines(labels.get(String(tickProps.payload.value)) ?? String(tickProps.payload.value))
    return (
      <text x={tickProps.x} y={tickProps.y} textAnchor="middle" fill={CHART_COLOURS.inkMuted} fontSize={fontSize}>
        {lines.map((line, i) => (
          <tspan key={i} x={tickProps.x} dy={i === 0 ? '0.9em' : '1.15em'}>
            {line}
          </tspan>
        ))}
      </text>
    )
  }

  const chart = (
    <ComposedChart
      data={chartRows(series)}
      margin={preset.margin}
      accessibilityLayer={false}
      {...(width !== undefined ? { width, height } : {})}
    >
      <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
      <XAxis
        dataKey="periodId"
        tick={tick}
        tickFormatter={(id: string) => longestLine(labels.get(id) ?? id)}
        interval="preserveStartEnd"
        minTickGap={small ? 4 : 8}
        height={Math.round(fontSize * 3)}
        padding={{ left: small ? 12 : 24, right: small ? 12 : 24 }}
        stroke={CHART_COLOURS.axis}
        tickLine={false}
      />
      <YAxis
        tickFormatter={(v: number) => formatNumber(v, unit)}
        allowDecimals={unit !== 'count' && unit !== 'days'}
        tick={{ fill: CHART_COLOURS.inkMuted, fontSize }}
        stroke={CHART_COLOURS.axis}
        width={small ? 44 : 64}
      />
      {referenceMarks(series, { fontSize, small })}
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
      {Array.from({ length: series.segments }, (_, s) => (
        <Line
          key={`segment${s}`}
          dataKey={`segment${s}`}
          name={valueName}
          stroke={SERIES_STYLES.value.colour}
          strokeWidth={SERIES_STYLES.value.width}
          dot={dotRenderer('circle', SERIES_STYLES.value.colour, dotRadius)}
          activeDot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
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
    <TrendChartFrame label={label} series={series} size={size} valueName={valueName} className={className} plotRef={props.plotRef}>
      {width !== undefined ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: preset.initialWidth, height }}>
          {chart}
        </ResponsiveContainer>
      )}
    </TrendChartFrame>
  )
}
