// Where each council's dot goes in the dot plot of one measure: along the
// axis by its figure, and stacked up and down from the middle line where dots
// would overlap (a beeswarm), so every council stays visible. Councils with
// no figure are not plotted (the table lists them in words).
export type DotInput = { la: number; value: number }
export type PlacedDot = DotInput & { x: number; level: number }

export type DotLayout = { dots: PlacedDot[]; min: number; max: number; levels: number; scale: (value: number) => number }

/** `width`: the plot's width in pixels; `pad`: room at each end; `diameter`: a dot's size (the gap dots keep). */
export function dotPlotLayout(inputs: readonly DotInput[], width: number, pad: number, diameter: number): DotLayout {
  const values = inputs.map((d) => d.value)
  const min = values.length ? Math.min(...values) : 0
  const max = values.length ? Math.max(...values) : 0
  const span = max - min
  const scale = (value: number) => (span === 0 ? width / 2 : pad + ((value - min) / span) * (width - 2 * pad))
  const placed: PlacedDot[] = []
  let levels = 0
  for (const input of [...inputs].sort((a, b) => a.value - b.value || a.la - b.la)) {
    const x = scale(input.value)
    const near = placed.filter((p) => Math.abs(p.x - x) < diameter)
    // 0, 1, -1, 2, -2, …: the first free level closest to the middle.
    let level = 0
    for (let k = 0; near.some((p) => p.level === level); k++) level = k % 2 === 0 ? k / 2 + 1 : -(k + 1) / 2
    levels = Math.max(levels, Math.abs(level))
    placed.push({ ...input, x, level })
  }
  return { dots: placed, min, max, levels, scale }
}
