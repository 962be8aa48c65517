import { describe, expect, it } from 'vitest'
import { defineReason } from '../../src/domain/lazyReason'

describe('defineReason', () => {
  it('builds the reason when it is read, not when the result is made', () => {
    let built = 0
    const result = defineReason({ rating: 'red' }, () => `Red, built ${++built} time(s).`)
    expect(built).toBe(0)
    expect(result.reason).toBe('Red, built 1 time(s).')
    expect(result.reason).toBe('Red, built 2 time(s).')
  })

  it('keeps the reason an ordinary field in keys, spreads and JSON, in the order it was defined, and hides how it is built', () => {
    const result = Object.assign(
      defineReason({ rating: 'green' }, () => 'Green: meets the target.'),
      { disagreesWithReported: false },
    )
    expect(Object.keys(result)).toEqual(['rating', 'reason', 'disagreesWithReported'])
    expect(Object.getOwnPropertySymbols(result).filter((s) => Object.prototype.propertyIsEnumerable.call(result, s))).toEqual([])
    expect({ ...result }).toEqual({ rating: 'green', reason: 'Green: meets the target.', disagreesWithReported: false })
    expect(JSON.parse(JSON.stringify(result))).toEqual({
      rating: 'green',
      reason: 'Green: meets the target.',
      disagreesWithReported: false,
    })
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype)
  })

  it('gives each result its own reason, though they share one getter', () => {
    const a = defineReason({}, () => 'A.')
    const b = defineReason({}, () => 'B.')
    expect([a.reason, b.reason]).toEqual(['A.', 'B.'])
    expect(Object.getOwnPropertyDescriptor(a, 'reason')!.get).toBe(Object.getOwnPropertyDescriptor(b, 'reason')!.get)
  })

  it('lets two results with the same reason compare equal, whatever builds it', () => {
    expect(defineReason({ rating: 'red' }, () => 'Red.')).toEqual(defineReason({ rating: 'red' }, () => 'Re' + 'd.'))
    expect(defineReason({ rating: 'red' }, () => 'Red.')).not.toEqual(defineReason({ rating: 'red' }, () => 'Amber.'))
  })
})
