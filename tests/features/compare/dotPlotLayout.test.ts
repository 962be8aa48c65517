import { describe, expect, it } from 'vitest'
import { dotPlotLayout } from '../../../src/features/compare/dotPlotLayout'

describe('dotPlotLayout', () => {
  it('places dots along the axis by figure, from the padding at one end to the other', () => {
    const layout = dotPlotLayout(
      [
        { la: 1, value: 0 },
        { la: 2, value: 10 },
        { la: 3, value: 5 },
      ],
      220,
      10,
      6,
    )
    expect(layout.dots.map((d) => [d.la, d.x, d.level])).toEqual([
      [1, 10, 0],
      [3, 110, 0],
      [2, 210, 0],
    ])
    expect([layout.min, layout.max, layout.levels]).toEqual([0, 10, 0])
  })

  it('stacks dots that would overlap, alternately above and below the middle, so none is hidden', () => {
    const same = [1, 2, 3, 4, 5].map((la) => ({ la, value: 7 }))
    const layout = dotPlotLayout([...same, { la: 6, value: 0 }], 200, 10, 6)
    expect(layout.dots.filter((d) => d.value === 7).map((d) => d.level)).toEqual([0, 1, -1, 2, -2])
    expect(layout.levels).toBe(2)
    // Every dot has its own place.
    const places = new Set(layout.dots.map((d) => `${d.x}/${d.level}`))
    expect(places.size).toBe(layout.dots.length)
  })

  it('puts one figure (or all the same) in the middle', () => {
    expect(dotPlotLayout([{ la: 1, value: 3 }], 200, 10, 6).dots[0]!.x).toBe(100)
    expect(dotPlotLayout([], 200, 10, 6).dots).toEqual([])
  })
})
