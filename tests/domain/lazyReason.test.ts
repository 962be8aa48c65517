import { describe, expect, it } from 'vitest'
import { withReason } from '../../src/domain/lazyReason'

describe('withReason', () => {
  it('builds the reason when it is read, each time, from the result and its facts', () => {
    let built = 0
    const result = withReason(
      { rating: 'red' },
      (r, facts: { target: string }) => `${r.rating}, target ${facts.target}, built ${++built}.`,
      {
        target: '90%',
      },
    )
    expect(built).toBe(0)
    expect(result.reason).toBe('red, target 90%, built 1.')
    expect(result.reason).toBe('red, target 90%, built 2.')
  })

  it('keeps the reason an ordinary field in keys, spreads and JSON, after the fields it was given, and hides its facts', () => {
    const result = Object.assign(
      withReason({ rating: 'green' }, (_, facts: string) => facts, 'Green: meets the target.'),
      { disagreesWithReported: false },
    )
    const plain = { rating: 'green', reason: 'Green: meets the target.', disagreesWithReported: false }
    expect(Object.keys(result)).toEqual(['rating', 'reason', 'disagreesWithReported'])
    expect(Reflect.ownKeys(result)).toEqual(['rating', 'reason', 'disagreesWithReported'])
    expect({ ...result }).toEqual(plain)
    expect(JSON.parse(JSON.stringify(result))).toEqual(plain)
    expect(structuredClone(result)).toEqual(plain)
    expect(result).toEqual(plain)
  })

  it('gives each result its own reason, though they share one getter', () => {
    const a = withReason({}, (_, facts: string) => facts, 'A.')
    const b = withReason({}, (_, facts: string) => facts, 'B.')
    expect([a.reason, b.reason]).toEqual(['A.', 'B.'])
    expect(Object.getOwnPropertyDescriptor(a, 'reason')!.get).toBe(Object.getOwnPropertyDescriptor(b, 'reason')!.get)
  })

  it('lets two results compare equal by their reasons, not by how or from what they are built', () => {
    const red = () => 'Red.'
    expect(withReason({ rating: 'red' }, red, 1)).toEqual(withReason({ rating: 'red' }, (_, n: number) => 'Re' + 'd.'.repeat(n), 1))
    expect(withReason({ rating: 'red' }, red, 1)).not.toEqual(withReason({ rating: 'red' }, () => 'Amber.', 1))
  })
})
