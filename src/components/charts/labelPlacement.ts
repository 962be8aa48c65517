// Where a chart's words go so that they hide nothing and nothing hides them:
// plain geometry in pixels, no React and no chart library, so it is tested
// without a browser. Text is measured by an estimate (a saved image has no
// layout engine either); the estimate is generous, so a label judged clear is.

export type Box = { left: number; top: number; right: number; bottom: number }
export type Point = { x: number; y: number }
/** A drawn line as its points in order; a single point is a marker. */
export type Polyline = readonly Point[]

/** An average character's width as a share of the font size, bold and generous: DejaVu Sans Bold measures 0.59–0.66. */
const CHAR_WIDTH = 0.64

export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap
}

function inside(box: Box, p: Point): boolean {
  return p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom
}

/** Whether the straight line from a to b passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox(a: Point, b: Point, box: Box): boolean {
  if (inside(box, a) || inside(box, b)) return true
  const dx = b.x - a.x
  const dy = b.y - a.y
  let t0 = 0
  let t1 = 1
  const edges: Array<[number, number]> = [
    [-dx, a.x - box.left],
    [dx, box.right - a.x],
    [-dy, a.y - box.top],
    [dy, box.bottom - a.y],
  ]
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false
      continue
    }
    const t = q / p
    if (p < 0) t0 = Math.max(t0, t)
    else t1 = Math.min(t1, t)
    if (t0 > t1) return false
  }
  return true
}

/** The box grown by `by` on every side. */
export function grow(box: Box, by: number): Box {
  return { left: box.left - by, top: box.top - by, right: box.right + by, bottom: box.bottom + by }
}

/** Whether the box touches any drawn line or marker (markers counted with their radius). */
export function hitsLines(box: Box, lines: readonly Polyline[], markerRadius: number): boolean {
  const padded = grow(box, markerRadius)
  return lines.some((line) => {
    if (line.some((p) => inside(padded, p))) return true
    for (let i = 1; i < line.length; i++) if (segmentHitsBox(line[i - 1]!, line[i]!, grow(box, 1))) return true
    return false
  })
}

export type Obstacles = { lines: readonly Polyline[]; boxes: readonly Box[]; markerRadius: number }

/** The first candidate that lies inside `within` and touches no line, marker or other box; undefined when none is clear. */
export function firstClearBox(candidates: readonly Box[], obstacles: Obstacles, within: Box): Box | undefined {
  return candidates.find(
    (box) =>
      box.left >= within.left &&
      box.right <= within.right &&
      box.top >= within.top &&
      box.bottom <= within.bottom &&
      !obstacles.boxes.some((other) => boxesOverlap(box, other, 2)) &&
      !hitsLines(box, obstacles.lines, obstacles.markerRadius),
  )
}

/** A box of `width` × `height` moved sideways, if it must, to lie between `left` and `right`. */
function keepBetween(box: Box, left: number, right: number): Box {
  const shift = box.left < left ? left - box.left : box.right > right ? right - box.right : 0
  return { ...box, left: box.left + shift, right: box.right + shift }
}

/**
 * Where a label for a level line at `y`, drawn from `x1` to `x2`, could go:
 * just above it, then just below it, at its right end, its left end, then
 * along it; then in line with it, just before its start (for a line that
 * starts part-way across). Each is kept inside the plot's width.
 */
export function levelLabelCandidates(y: number, x1: number, x2: number, width: number, height: number, plot: Box): Box[] {
  const gap = 3
  const rows = [y - gap - height, y + gap]
  const span = x2 - x1
  const lefts = [x2 - 4 - width, x1 + 4, x1 + span * 0.5 - width / 2, x1 + span * 0.25 - width / 2, x1 + span * 0.75 - width / 2]
  const along = rows.flatMap((top) =>
    lefts.map((left) => keepBetween({ left, top, right: left + width, bottom: top + height }, plot.left + 2, plot.right - 2)),
  )
  // Clear of the marker at the line's start, then further out.
  const before = [12, 40].map((offset) => ({ left: x1 - offset - width, top: y - height / 2, right: x1 - offset, bottom: y + height / 2 }))
  return [...along, ...before.filter((box) => box.left >= plot.left + 2)]
}

/**
 * Where a label for a band from `top` to `bottom` could go: inside it at the
 * top (when it is tall enough), then just above it, then just below it.
 */
export function bandLabelCandidates(top: number, bottom: number, x1: number, x2: number, width: number, height: number, plot: Box): Box[] {
  const rows = [...(bottom - top >= height + 6 ? [top + 3] : []), top - 3 - height, bottom + 3]
  const lefts = [x1 + 4, x2 - 4 - width, (x1 + x2) / 2 - width / 2]
  return rows.flatMap((rowTop) =>
    lefts.map((left) => keepBetween({ left, top: rowTop, right: left + width, bottom: rowTop + height }, plot.left + 2, plot.right - 2)),
  )
}

/**
 * Where a label for a vertical rule at `x` (a period with no figure) could go:
 * beside it at the foot of the plot, right then left, then a row higher, and
 * so on up; each inside the plot.
 */
export function ruleLabelCandidates(x: number, width: number, height: number, plot: Box): Box[] {
  const rows = [0, 1, 2, 3, 4].map((row) => plot.bottom - 4 - height - row * (height + 2))
  return rows.flatMap((top) => [
    { left: x + 4, top, right: x + 4 + width, bottom: top + height },
    { left: x - 4 - width, top, right: x - 4, bottom: top + height },
  ])
}

export type AxisLabel = { x: number; lines: readonly string[] }
export type PlacedAxisLabel = { index: number; x: number; lines: readonly string[] }

/**
 * Which period labels fit along the time axis without touching: the first and
 * the last always, then from the most recent back, each that has room. A label
 * is centred on its period, moved in only as far as it must be to stay inside
 * `left`…`right`. Returns the labels shown and the indexes left out (the
 * chart says that some are, and the data table names them all).
 */
export function layoutAxisLabels(
  labels: readonly AxisLabel[],
  left: number,
  right: number,
  fontSize: number,
): { shown: PlacedAxisLabel[]; hidden: number[] } {
  const gap = fontSize * 0.75
  const boxes = labels.map((label) => {
    const width = Math.max(...label.lines.map((line) => textWidth(line, fontSize)), 0)
    const centre = Math.min(Math.max(label.x, left + width / 2), right - width / 2)
    return { centre, box: { left: centre - width / 2, right: centre + width / 2, top: 0, bottom: 1 } }
  })
  const last = labels.length - 1
  const order = labels.length === 0 ? [] : [...new Set([0, last, ...Array.from({ length: last }, (_, i) => last - 1 - i)])]
  const chosen: number[] = []
  for (const index of order) {
    const always = index === 0 || index === last
    if (always || !chosen.some((c) => boxesOverlap(boxes[index]!.box, boxes[c]!.box, gap))) chosen.push(index)
  }
  const shown = chosen.sort((a, b) => a - b).map((index) => ({ index, x: boxes[index]!.centre, lines: labels[index]!.lines }))
  const hidden = labels.map((_, i) => i).filter((i) => !chosen.includes(i))
  return { shown, hidden }
}
