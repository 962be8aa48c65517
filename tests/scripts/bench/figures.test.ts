// @vitest-environment node
// The bench's figure helpers: medians, rounding, and the
// "figure | value | floor | met?" table every step prints.
import { describe, expect, it } from 'vitest'

type Floor = { text: string; isMet: (value: number) => boolean }
type FiguresModule = {
  median: (xs: number[]) => number
  round: (x: number, digits?: number) => number
  atMost: (limit: number) => Floor
  atLeast: (limit: number) => Floor
  growthRatio: (small: number, smallMs: number, large: number, largeMs: number) => number
  LINEAR_TOLERANCE: number
  figureTable: (rows: { figure: string; value: unknown; floor?: Floor }[]) => string[]
}
// Scripts are plain Node ESM without type declarations: a computed path keeps tsc from asking for one.
const modulePath = new URL('../../../scripts/bench/figures.mjs', import.meta.url).href
const { median, round, atMost, atLeast, growthRatio, LINEAR_TOLERANCE, figureTable }: FiguresModule = await import(
  /* @vite-ignore */ modulePath
)

const cellsOf = (line: string) => line.split(' | ').map((cell) => cell.trim())

describe('bench figures', () => {
  it('takes the middle of the runs, in any order, and rounds to one decimal by default', () => {
    expect(median([30, 10, 20])).toBe(20)
    expect(median([5])).toBe(5)
    expect(round(12.345)).toBe(12.3)
    expect(round(12.345, 2)).toBe(12.35)
  })

  it('gives 1 for a cost that grows linearly with the data, and more for one that grows faster', () => {
    expect(growthRatio(1000, 20, 10000, 200)).toBe(1)
    expect(growthRatio(1000, 20, 10000, 400)).toBe(2)
    expect(growthRatio(1000, 20, 10000, 100)).toBe(0.5)
    expect(LINEAR_TOLERANCE).toBeGreaterThan(1)
  })

  it('counts a figure on its floor as meeting it, for both directions', () => {
    expect(atMost(50).isMet(50)).toBe(true)
    expect(atMost(50).isMet(50.1)).toBe(false)
    expect(atLeast(0.98).isMet(0.98)).toBe(true)
    expect(atLeast(0.98).isMet(0.97)).toBe(false)
  })

  it('prints each figure with its value, its floor and whether it was met', () => {
    const lines = figureTable([
      { figure: 'keystrokeToPaint1000Ms', value: 75, floor: atMost(50) },
      { figure: 'ratio', value: 1.1, floor: atMost(1.2) },
      { figure: 'performance', value: 0.99, floor: atLeast(0.98) },
    ])
    expect(lines.map(cellsOf)).toEqual([
      ['figure', 'value', 'floor', 'met?'],
      ['keystrokeToPaint1000Ms', '75', '≤ 50', 'no'],
      ['ratio', '1.1', '≤ 1.2', 'yes'],
      ['performance', '0.99', '≥ 0.98', 'yes'],
    ])
  })

  it('shows a dash for a missing floor or a figure that is not a number, and never claims it met', () => {
    const lines = figureTable([
      { figure: 'overviewSeedMs', value: 350.7 },
      { figure: 'best-practices', value: null, floor: atLeast(0.9) },
    ])
    expect(lines.slice(1).map(cellsOf)).toEqual([
      ['overviewSeedMs', '350.7', '–', '–'],
      ['best-practices', '–', '≥ 0.9', '–'],
    ])
  })

  it('lines the columns up', () => {
    const lines = figureTable([
      { figure: 'a', value: 1 },
      { figure: 'a much longer figure name', value: 123456.7, floor: atMost(100) },
    ])
    expect(new Set(lines.map((line) => line.length)).size).toBe(1)
    expect(new Set(lines.map((line) => line.indexOf(' | ')))).toEqual(new Set([lines[0]!.indexOf(' | ')]))
  })
})
