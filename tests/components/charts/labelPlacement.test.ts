// Placing the chart's words clear of its lines, and thinning the period labels under the time axis.
import { describe, expect, it } from 'vitest'
import {
  bandLabelCandidates,
  boxesOverlap,
  firstClearBox,
  hitsLines,
  layoutAxisLabels,
  levelLabelCandidates,
  segmentHitsBox,
  textWidth,
  type Box,
} from '../../../src/components/charts/labelPlacement'

const plot: Box = { left: 60, top: 20, right: 660, bottom: 320 }
const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom })

describe('segmentHitsBox', () => {
  it('sees a line that crosses the box, even with both ends outside it', () => {
    expect(segmentHitsBox({ x: 0, y: 50 }, { x: 100, y: 50 }, box(40, 40, 60, 60))).toBe(true)
    expect(segmentHitsBox({ x: 0, y: 0 }, { x: 100, y: 100 }, box(40, 40, 60, 60))).toBe(true)
  })

  it('passes a line that misses it, including one parallel to an edge', () => {
    expect(segmentHitsBox({ x: 0, y: 0 }, { x: 100, y: 0 }, box(40, 40, 60, 60))).toBe(false)
    expect(segmentHitsBox({ x: 0, y: 100 }, { x: 30, y: 0 }, box(40, 40, 60, 60))).toBe(false)
  })
})

describe('hitsLines', () => {
  it('counts a marker by its radius', () => {
    expect(hitsLines(box(10, 10, 20, 20), [[{ x: 24, y: 15 }]], 5)).toBe(true)
    expect(hitsLines(box(10, 10, 20, 20), [[{ x: 24, y: 15 }]], 3)).toBe(false)
  })
})

describe('firstClearBox', () => {
  // The figure's line rising across the right of the plot, through the target at y = 150 (the P3.17 shape).
  const data = [
    { x: 500, y: 220 },
    { x: 580, y: 170 },
    { x: 650, y: 130 },
  ]
  const target = [
    { x: 580, y: 150 },
    { x: 650, y: 150 },
  ]
  const width = textWidth('Target 121 days', 13)
  const height = 16

  it('puts a target label where it touches neither the data nor the target line', () => {
    const chosen = firstClearBox(
      levelLabelCandidates(150, 580, 650, width, height, plot),
      { lines: [data, target], boxes: [], markerRadius: 5 },
      plot,
    )
    expect(chosen).toBeDefined()
    expect(hitsLines(chosen!, [data, target], 5)).toBe(false)
    expect(chosen!.left).toBeGreaterThanOrEqual(plot.left)
    expect(chosen!.right).toBeLessThanOrEqual(plot.right)
  })

  it('avoids boxes already placed, and gives up (leaving the words to the key) when nothing is clear', () => {
    const first = firstClearBox(levelLabelCandidates(150, 60, 660, width, height, plot), { lines: [], boxes: [], markerRadius: 5 }, plot)!
    const second = firstClearBox(
      levelLabelCandidates(150, 60, 660, width, height, plot),
      { lines: [], boxes: [first], markerRadius: 5 },
      plot,
    )!
    expect(boxesOverlap(first, second)).toBe(false)
    const wall = [
      [
        { x: 60, y: 100 },
        { x: 660, y: 200 },
      ],
      [
        { x: 60, y: 200 },
        { x: 660, y: 100 },
      ],
      [
        { x: 60, y: 140 },
        { x: 660, y: 140 },
      ],
      [
        { x: 60, y: 160 },
        { x: 660, y: 160 },
      ],
    ]
    expect(
      firstClearBox(levelLabelCandidates(150, 60, 660, width, height, plot), { lines: wall, boxes: [], markerRadius: 5 }, plot),
    ).toBeUndefined()
  })

  it('keeps a long label inside the plot, or leaves it out', () => {
    const narrow = { ...plot, right: 200 }
    const long = textWidth('England average 226 days (period not stated)', 13)
    expect(
      firstClearBox(levelLabelCandidates(100, 60, 200, long, height, narrow), { lines: [], boxes: [], markerRadius: 5 }, narrow),
    ).toBeUndefined()
  })

  it('offers a place inside a band tall enough to hold the words, before above and below it', () => {
    const inside = bandLabelCandidates(100, 200, 300, 600, 120, 16, plot)[0]!
    expect(inside.top).toBeGreaterThan(100)
    expect(inside.bottom).toBeLessThan(200)
    const thin = bandLabelCandidates(100, 110, 300, 600, 120, 16, plot)
    expect(thin.every((b) => b.bottom <= 100 || b.top >= 110)).toBe(true)
  })
})

describe('layoutAxisLabels', () => {
  const label = (x: number, text: string) => ({ x, lines: text.split(' ') })

  it('shows every label when they fit', () => {
    const { shown, hidden } = layoutAxisLabels([label(100, 'Q1 2018-19'), label(300, 'Q2 2018-19'), label(500, 'Q3 2018-19')], 0, 600, 13)
    expect(shown.map((s) => s.index)).toEqual([0, 1, 2])
    expect(hidden).toEqual([])
  })

  it('when crowded keeps the first and the last, then the most recent that fit, and lists what it left out', () => {
    // G1 on a phone: nine periods, the last four a quarter apart.
    const xs = [70, 140, 160, 170, 210, 250, 262, 274, 286]
    const labels = xs.map((x, i) => label(x, `Period ${i}`))
    const { shown, hidden } = layoutAxisLabels(labels, 0, 320, 13)
    const indexes = shown.map((s) => s.index)
    expect(indexes[0]).toBe(0)
    expect(indexes.at(-1)).toBe(8)
    expect([...indexes, ...hidden].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8])
    expect(hidden.length).toBeGreaterThan(0)
    // No two shown labels touch.
    const boxes = shown.map((s) => ({
      left: s.x - textWidth('Period', 13) / 2,
      right: s.x + textWidth('Period', 13) / 2,
      top: 0,
      bottom: 1,
    }))
    for (let i = 1; i < boxes.length; i++) expect(boxesOverlap(boxes[i - 1]!, boxes[i]!)).toBe(false)
  })

  it('moves an edge label inside the chart rather than cutting it off, and keeps a middle one on its period', () => {
    const { shown } = layoutAxisLabels(
      [label(4, '2011-14 (three-year average)'), label(200, 'Q1 2018-19'), label(396, 'Year end')],
      0,
      400,
      13,
    )
    for (const s of shown) {
      const half = Math.max(...s.lines.map((l) => textWidth(l, 13))) / 2
      expect(s.x - half).toBeGreaterThanOrEqual(0)
      expect(s.x + half).toBeLessThanOrEqual(400)
    }
    expect(shown[1]!.x).toBe(200)
  })

  it('handles no labels and one label', () => {
    expect(layoutAxisLabels([], 0, 100, 13)).toEqual({ shown: [], hidden: [] })
    expect(layoutAxisLabels([label(50, 'Q2')], 0, 100, 13).shown.map((s) => s.index)).toEqual([0])
  })
})
