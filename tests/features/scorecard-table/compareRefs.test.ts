import { describe, expect, it } from 'vitest'
import { compareRefs } from '../../../src/features/scorecard-table/compareRefs'

describe('compareRefs', () => {
  it('puts refs in the paper scorecard order, numbers compared as numbers', () => {
    const refs = ['P2.1', 'P1.10', 'S10', 'G1', 'P1.2', 'H2', 'S5.1', 'P1.1', 'G3', 'S5.2', 'S2']
    expect([...refs].sort(compareRefs)).toEqual(['G1', 'G3', 'H2', 'P1.1', 'P1.2', 'P1.10', 'P2.1', 'S2', 'S5.1', 'S5.2', 'S10'])
  })

  it('sorts P1.9 before P1.10, where a plain string sort would not', () => {
    expect(compareRefs('P1.9', 'P1.10')).toBeLessThan(0)
    expect('P1.9' < 'P1.10').toBe(false)
  })

  it('puts a ref before its own sub-refs and ignores case', () => {
    expect(compareRefs('S5', 'S5.1')).toBeLessThan(0)
    expect(compareRefs('p1.1', 'P1.1')).not.toBe(0) // stable, but never equal for different text
    expect(Math.sign(compareRefs('p1.2', 'P1.10'))).toBe(-1)
  })

  it('is antisymmetric and zero only for the same ref', () => {
    const pairs: [string, string][] = [
      ['G1', 'P1.1'],
      ['P1.2', 'P1.10'],
      ['P2.1', 'P1.10'],
      ['H10', 'H9'],
    ]
    for (const [a, b] of pairs) expect(Math.sign(compareRefs(a, b))).toBe(-Math.sign(compareRefs(b, a)))
    expect(compareRefs('P3.17', 'P3.17')).toBe(0)
  })
})
