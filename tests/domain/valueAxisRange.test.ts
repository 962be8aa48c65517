// The value axis of a trend chart: from zero, unless a percentage's change would be a flat line on a 0–100 axis.
import { describe, expect, it } from 'vitest'
import { UNITS } from '../../src/domain/scorecardSchema'
import { valueAxisRange } from '../../src/domain/valueAxisRange'

describe('valueAxisRange', () => {
  it('school attendance of 95–97% against a 96% target: 90% to 98% in steps of 2, not 0–100%', () => {
    expect(valueAxisRange([96, 97, 95, 96], 'percent')).toEqual({ start: 90, end: 98, step: 2 })
  })

  it('keeps a percentage zero-based when the numbers spread over a fifth or more of a zero-based axis', () => {
    expect(valueAxisRange([98, 76, 80, 85.2], 'percent')).toEqual({ start: 0 })
    expect(valueAxisRange([16, 24, 24, 24], 'percent')).toEqual({ start: 0 })
  })

  it('keeps every other unit zero-based, however close its figures', () => {
    for (const unit of UNITS.filter((u) => u !== 'percent')) expect(valueAxisRange([3561, 3724], unit)).toEqual({ start: 0 })
  })

  it('is zero-based with a zero or negative number, a single number, or nothing at all', () => {
    for (const numbers of [[0, 1, 0], [-5, 10], [5, 5], [], [Number.NaN]]) expect(valueAxisRange(numbers, 'percent')).toEqual({ start: 0 })
  })

  it('a raised axis runs in round steps from below the lowest number, with room under it, to at or above the highest', () => {
    for (const numbers of [
      [90, 94],
      [98.5, 99.1],
      [61.2, 62.9, 64, 65.3],
      [71, 78, 80],
      [88, 98, 95.6, 87, 84],
      [95, 100],
    ]) {
      const range = valueAxisRange(numbers, 'percent')
      if (!('step' in range)) throw new Error(`not raised: ${numbers.join(', ')}`)
      const low = Math.min(...numbers)
      const high = Math.max(...numbers)
      expect(range.start).toBeGreaterThan(0)
      expect(low - range.start).toBeGreaterThanOrEqual(high - low)
      expect(range.start % 5).toBe(0)
      expect(range.end).toBeGreaterThanOrEqual(high)
      expect(range.end).toBeLessThanOrEqual(100)
      const ticks = (range.end - range.start) / range.step
      expect(Math.abs(ticks - Math.round(ticks))).toBeLessThan(1e-9)
      expect(ticks).toBeGreaterThanOrEqual(2)
      expect(ticks).toBeLessThanOrEqual(8)
    }
  })

  it('does not blow up a tiny change: a raised axis spans at least 10 points', () => {
    const range = valueAxisRange([99.4, 99.5], 'percent')
    expect(range.start).toBe(90)
    expect('end' in range && range.end).toBe(100)
  })
})
