// A tiny trend line drawn by hand in SVG, so views with tables never load the
// chart library. Decoration by default (aria-hidden): the figures it draws are
// always printed beside it. Pass `label` when it stands alone.

type Props = {
  /** Figures in time order; null is a gap (no figure for that period). */
  values: readonly (number | null)[]
  width?: number
  height?: number
  label?: string
  className?: string
}

type Point = { x: number; y: number }

const PAD = 3

/** Screen points per value (null where there is no figure), scaled to fill the box. */
export function sparklinePoints(values: readonly (number | null)[], width: number, height: number): (Point | null)[] {
  const numbers = values.filter((v): v is number => v !== null)
  const min = Math.min(...numbers)
  const max = Math.max(...numbers)
  const step = values.length > 1 ? (width - 2 * PAD) / (values.length - 1) : 0
  const scaleY = (v: number) => (max === min ? height / 2 : PAD + ((max - v) / (max - min)) * (height - 2 * PAD))
  return values.map((v, i) => (v === null ? null : { x: PAD + i * step, y: scaleY(v) }))
}

/** Runs of consecutive points: a missing figure breaks the line rather than bridging it. */
function segments(points: readonly (Point | null)[]): Point[][] {
  const runs: Point[][] = [[]]
  for (const p of points) {
    if (p) runs.at(-1)!.push(p)
    else if (runs.at(-1)!.length > 0) runs.push([])
  }
  return runs.filter((r) => r.length > 1)
}

const fmt = (n: number) => n.toFixed(1)

export function Sparkline({ values, width = 72, height = 24, label, className = 'sparkline' }: Props) {
  if (!values.some((v) => v !== null)) return null
  const points = sparklinePoints(values, width, height)
  const last = points.filter((p): p is Point => p !== null).at(-1)!
  const a11y = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true }
  return (
    <svg className={className} viewBox={`0 0 ${width} ${height}`} width={width} height={height} focusable="false" {...a11y}>
      {segments(points).map((run, i) => (
        <polyline
          key={i}
          points={run.map((p) => `${fmt(p.x)},${fmt(p.y)}`).join(' ')}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      ))}
      <circle cx={fmt(last.x)} cy={fmt(last.y)} r="2.5" fill="currentColor" />
    </svg>
  )
}
