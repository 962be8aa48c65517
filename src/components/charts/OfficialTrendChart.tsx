// An official measure over the years: the council, England, its region, its
// neighbours' average and, on request, each neighbour. Loads recharts, so
// views place OfficialTrendFigure, which loads this on first draw. As the
// scorecard's chart: one image with a label generated from the data, the
// drawing hidden from assistive technology (the table says the same), every
// line told apart by dash and marker as well as colour, no animation.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts'
import type { ReactNode } from 'react'
import { formatOfficialNumber } from '../../domain/official/formatOfficialValue'
import { describeOfficialTrend } from '../../domain/official/officialTrend'
import { CHART_COLOURS, markerPath, SERIES_STYLES, type MarkerShape, type SeriesStyle } from './chartTheme'
import { LegendList } from './TrendLegend'
import { TrendChartFrame } from './TrendChartFrame'
import {
  drawsTotals,
  OFFICIAL_CHART_HEIGHT,
  officialChartNotes,
  officialChartRows,
  officialLegend,
  type OfficialChartRow,
  type OfficialTrendChartProps,
} from './officialTrendChartProps'
import { CHART_SIZES } from './trendChartProps'

function dotRenderer(shape: MarkerShape, colour: string, r: number) {
  return function Dot(props: DotItemDotProps): ReactNode {
    const { cx, cy, index } = props
    if (typeof cx !== 'number' || typeof cy !== 'number') return <g key={index} />
    return <path key={index} d={markerPath(shape, cx, cy, r)} fill={colour} />
  }
}

type Drawn = { key: keyof OfficialChartRow | `n${number}`; name: string; style: SeriesStyle; r: number }

export function OfficialTrendChart({ trend, showNeighbours = false, size = 'normal', height, plotRef }: OfficialTrendChartProps) {
  const preset = CHART_SIZES[size]
  const { fontSize } = preset
  const h = height ?? OFFICIAL_CHART_HEIGHT[size]
  const rows = officialChartRows(trend)
  const { measure } = trend
  const dot = size === 'small' ? 3 : 4.5
  const lines: Drawn[] = [
    ...(showNeighbours
      ? trend.neighbours.map((n, i): Drawn => ({ key: `n${i}`, name: n.name, style: SERIES_STYLES.neighbour, r: 0 }))
      : []),
    ...(drawsTotals(trend) ? [{ key: 'england', name: 'England', style: SERIES_STYLES.england, r: dot - 0.5 } as Drawn] : []),
    ...(trend.region && drawsTotals(trend)
      ? [{ key: 'region', name: trend.region.name, style: SERIES_STYLES['north-west'], r: dot - 0.5 } as Drawn]
      : []),
    { key: 'average', name: 'Statistical neighbours’ average', style: SERIES_STYLES['stat-neighbours'], r: dot - 0.5 },
    { key: 'council', name: trend.council.name, style: SERIES_STYLES.value, r: dot },
  ]
  const format = (v: number) => formatOfficialNumber(v, measure)

  return (
    <TrendChartFrame
      label={describeOfficialTrend(trend)}
      size={size}
      legend={<LegendList entries={officialLegend(trend, showNeighbours)} />}
      notes={officialChartNotes(trend)}
      plotRef={plotRef}
    >
      <ResponsiveContainer width="100%" height={h} initialDimension={{ width: preset.initialWidth, height: h }}>
        <LineChart data={rows} margin={preset.margin} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
          <XAxis
            dataKey="year"
            interval="preserveStartEnd"
            minTickGap={8}
            tick={{ fill: CHART_COLOURS.inkMuted, fontSize }}
            stroke={CHART_COLOURS.axis}
            tickLine={false}
            padding={{ left: 16, right: 16 }}
          />
          <YAxis
            tickFormatter={format}
            allowDecimals={measure.unit !== 'count'}
            tick={{ fill: CHART_COLOURS.inkMuted, fontSize }}
            stroke={CHART_COLOURS.axis}
            width={size === 'small' ? 44 : 64}
          />
          {lines.map(({ key, name, style, r }) => (
            <Line
              key={key}
              dataKey={key}
              name={name}
              stroke={style.colour}
              strokeWidth={style.width}
              strokeDasharray={style.dash}
              dot={r > 0 && style.marker ? dotRenderer(style.marker, style.colour, r) : false}
              activeDot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
          <Tooltip
            isAnimationActive={false}
            cursor={{ stroke: CHART_COLOURS.axis, strokeDasharray: '2 2' }}
            content={(tooltip) => {
              const row = tooltip.payload?.[0]?.payload as OfficialChartRow | undefined
              if (!tooltip.active || !row) return null
              return (
                <div className="trend-tooltip">
                  <p className="trend-tooltip-period">{row.label}</p>
                  {[...lines].reverse().map(({ key, name }) => {
                    const v = row[key as keyof OfficialChartRow] as number | null | string
                    return typeof v === 'number' ? (
                      <p key={key}>
                        {name}: {format(v)}
                      </p>
                    ) : null
                  })}
                </div>
              )
            }}
          />
        </LineChart>
      </ResponsiveContainer>
    </TrendChartFrame>
  )
}
