// Every council's figure for one measure in one year as dots along one axis,
// with the quartile cut points. The chosen council is a large diamond with
// its name written beside it, its neighbours are triangles, the rest small
// circles: told apart by shape and label, not colour alone. One image with a
// generated description; the table below it holds every figure.
import { useEffect, useRef, useState } from 'react'
import { CHART_COLOURS, markerPath, type MarkerShape } from '../../components/charts/chartTheme'
import { formatOfficialNumber } from '../../domain/official/formatOfficialValue'
import { figureOf, type OfficialMeasure } from '../../domain/official/officialDataset'
import type { CouncilsInYear } from '../../domain/official/councilsInYear'
import { dotPlotLayout } from './dotPlotLayout'

type Props = { measure: OfficialMeasure; year: string; data: CouncilsInYear; councilName: string | undefined }

const DOT = 7
const PAD = 24
const STYLE: Record<'council' | 'neighbour' | 'other', { shape: MarkerShape; r: number; fill: string; stroke: string }> = {
  council: { shape: 'diamond', r: 7, fill: CHART_COLOURS.value, stroke: CHART_COLOURS.paper },
  neighbour: { shape: 'triangle', r: 5.5, fill: CHART_COLOURS.england, stroke: CHART_COLOURS.paper },
  other: { shape: 'circle', r: 3, fill: CHART_COLOURS.status, stroke: 'none' },
}

/** The width the plot has on the page, kept up to date as it changes. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(720)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.max(280, Math.round(entry.contentRect.width))))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return { ref, width }
}

export function describeDotPlot({ measure, year, data, councilName }: Props): string {
  const f = (v: number) => formatOfficialNumber(v, measure, { withUnit: true })
  const council = data.rows.find((r) => r.role === 'council')
  const neighbours = data.rows
    .filter((r) => r.role === 'neighbour')
    .map((r) => figureOf(r.value))
    .filter((v): v is number => v !== undefined)
  const parts = [`Dot plot of ${data.figures.length} councils’ figures for ${measure.title}, ${year}`]
  if (data.cutPoints) {
    const [min, q25, q50, q75, max] = data.cutPoints
    parts.push(`from ${f(min)} to ${f(max)}; quartile cut points ${f(q25)}, ${f(q50)} (median) and ${f(q75)}`)
  }
  const figure = council ? figureOf(council.value) : undefined
  if (councilName && figure !== undefined) parts.push(`${councilName} (the diamond) at ${f(figure)}`)
  else if (councilName) parts.push(`${councilName} has no figure`)
  if (neighbours.length > 0)
    parts.push(
      `its ${neighbours.length} neighbours with a figure (triangles) from ${f(Math.min(...neighbours))} to ${f(Math.max(...neighbours))}`,
    )
  return `${parts.join('; ')}.`
}

export function DotPlot(props: Props) {
  const { measure, data, councilName } = props
  const { ref, width } = useWidth()
  const inputs = data.rows.flatMap((r) => {
    const v = figureOf(r.value)
    return v === undefined ? [] : [{ la: r.area.la, value: v }]
  })
  const layout = dotPlotLayout(inputs, width, PAD, DOT)
  const role = new Map(data.rows.map((r) => [r.area.la, r.role]))
  const top = 34
  const mid = top + (layout.levels + 1) * DOT
  const axisY = mid + (layout.levels + 1) * DOT + 6
  const height = axisY + 67
  const council = layout.dots.find((d) => role.get(d.la) === 'council')
  const f = (v: number) => formatOfficialNumber(v, measure)
  const [min, q25, q50, q75, max] = data.cutPoints ?? []
  // A label near an edge is anchored at it, so it stays inside the drawing on a phone.
  const anchorAt = (x: number) => (x > width * 0.7 ? 'end' : x < width * 0.3 ? 'start' : 'middle')
  // Each quartile label on a line of its own, so the three never overlap however close the cut points are.
  const cuts = data.cutPoints
    ? [
        { v: q25!, label: 'lower quartile', dy: 0 },
        { v: q50!, label: 'median', dy: 15 },
        { v: q75!, label: 'upper quartile', dy: 30 },
      ]
    : []
  // Drawn last, on top: neighbours, then the council.
  const order = { other: 0, neighbour: 1, council: 2 } as const
  const dots = [...layout.dots].sort((a, b) => order[role.get(a.la) ?? 'other'] - order[role.get(b.la) ?? 'other'])
  const labelAnchor = council ? anchorAt(council.x) : 'middle'

  return (
    <div className="dot-plot" ref={ref}>
      <figure role="img" aria-label={describeDotPlot(props)} style={{ margin: 0 }}>
        <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
          {cuts.map((c) => (
            <g key={c.label}>
              <line
                x1={layout.scale(c.v)}
                x2={layout.scale(c.v)}
                y1={top - 4}
                y2={axisY}
                stroke={CHART_COLOURS.axis}
                strokeDasharray="3 3"
              />
              <text
                x={layout.scale(c.v)}
                y={axisY + 30 + c.dy}
                textAnchor={anchorAt(layout.scale(c.v))}
                fontSize={12}
                fill={CHART_COLOURS.inkMuted}
              >
                {c.label} {f(c.v)}
              </text>
            </g>
          ))}
          <line x1={PAD} x2={width - PAD} y1={axisY} y2={axisY} stroke={CHART_COLOURS.axis} />
          {min !== undefined && max !== undefined && (
            <>
              <text x={PAD} y={axisY + 15} textAnchor="start" fontSize={12} fill={CHART_COLOURS.inkMuted}>
                {f(min)}
              </text>
              <text x={width - PAD} y={axisY + 15} textAnchor="end" fontSize={12} fill={CHART_COLOURS.inkMuted}>
                {f(max)}
              </text>
            </>
          )}
          {dots.map((d) => {
            const s = STYLE[role.get(d.la) ?? 'other']
            return (
              <path key={d.la} d={markerPath(s.shape, d.x, mid - d.level * DOT, s.r)} fill={s.fill} stroke={s.stroke} strokeWidth={1} />
            )
          })}
          {council && councilName && (
            <>
              <line x1={council.x} x2={council.x} y1={18} y2={mid - council.level * DOT - 8} stroke={CHART_COLOURS.value} />
              <text x={council.x} y={14} textAnchor={labelAnchor} fontSize={13} fontWeight={700} fill={CHART_COLOURS.value}>
                {councilName}: {f(council.value)}
              </text>
            </>
          )}
        </svg>
      </figure>
      <ul className="dot-plot-key" aria-hidden="true">
        {councilName && (
          <li>
            <KeyShape kind="council" /> {councilName}
          </li>
        )}
        {councilName && (
          <li>
            <KeyShape kind="neighbour" /> Its statistical neighbours
          </li>
        )}
        <li>
          <KeyShape kind="other" /> Other councils
        </li>
        <li>
          <svg width="16" height="14" focusable="false">
            <line x1="8" x2="8" y1="0" y2="14" stroke={CHART_COLOURS.axis} strokeDasharray="3 3" />
          </svg>{' '}
          Quartile cut points
        </li>
      </ul>
    </div>
  )
}

function KeyShape({ kind }: { kind: keyof typeof STYLE }) {
  const s = STYLE[kind]
  return (
    <svg width="16" height="16" focusable="false">
      <path d={markerPath(s.shape, 8, 8, s.r)} fill={s.fill} />
    </svg>
  )
}
