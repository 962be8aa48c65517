import { describe, expect, it } from 'vitest'
import { computeRag, ragKey } from '../../src/domain/computeRag'
import { buildIndicator, num, PERIOD_INDEX, status } from '../support/buildIndicator'

const Q2 = '2018-19-Q2'
const source = { doc: 'test', line: 1 }

describe('computeRag', () => {
  it.each([
    // polarity, target, value, expected
    ['high-is-good', 90, 95, 'green'],
    ['high-is-good', 90, 90, 'green'],
    ['high-is-good', 90, 89, 'red'],
    ['low-is-good', 8, 6, 'green'],
    ['low-is-good', 8, 8, 'green'],
    ['low-is-good', 9, 18, 'red'],
  ] as const)('%s, target %d, value %d → %s', (polarity, target, value, expected) => {
    const indicator = buildIndicator({ polarity, target: { kind: 'number', value: target }, values: [num(Q2, value)] })
    expect(computeRag(indicator, Q2, PERIOD_INDEX).rating).toBe(expected)
  })

  it('counts a value inside a range target as met, and outside it as missed', () => {
    const ind = (value: number) =>
      buildIndicator({ polarity: 'low-is-good', unit: 'count', target: { kind: 'range', min: 400, max: 450 }, values: [num(Q2, value)] })
    expect(computeRag(ind(400), Q2, PERIOD_INDEX).rating).toBe('green')
    expect(computeRag(ind(450), Q2, PERIOD_INDEX).rating).toBe('green')
    expect(computeRag(ind(495), Q2, PERIOD_INDEX).rating).toBe('red')
    expect(computeRag(ind(350), Q2, PERIOD_INDEX).rating).toBe('red')
  })

  it('is amber when the miss is within the tolerance, and red beyond it', () => {
    const ind = (value: number) => buildIndicator({ target: { kind: 'number', value: 96 }, amberTolerance: 2, values: [num(Q2, value)] })
    expect(computeRag(ind(94), Q2, PERIOD_INDEX).rating).toBe('amber')
    expect(computeRag(ind(93), Q2, PERIOD_INDEX).rating).toBe('red')
  })

  it('is amber when the target is missed but the figure beats the England average', () => {
    const ind = buildIndicator({
      polarity: 'low-is-good',
      unit: 'days',
      target: { kind: 'number', value: 121 },
      values: [num(Q2, 128)],
      comparators: [{ kind: 'england', number: 226, source }],
    })
    const rag = computeRag(ind, Q2, PERIOD_INDEX)
    expect(rag.rating).toBe('amber')
    expect(rag.reason).toBe('Amber: misses the target of 121 days, but is better than the England average of 226 days.')
  })

  it('is red when the target is missed and the figure is worse than England', () => {
    const ind = buildIndicator({
      polarity: 'low-is-good',
      target: { kind: 'number', value: 121 },
      values: [num(Q2, 240)],
      comparators: [{ kind: 'england', number: 226, source }],
    })
    expect(computeRag(ind, Q2, PERIOD_INDEX).rating).toBe('red')
  })

  it('uses the England figure for the period when there are several', () => {
    const ind = buildIndicator({
      polarity: 'high-is-good',
      target: { kind: 'number', value: 90 },
      values: [num(Q2, 85)],
      comparators: [
        { kind: 'england', period: '2017-18-Q2', number: 80, source },
        { kind: 'england', period: Q2, number: 88, source },
      ],
    })
    expect(computeRag(ind, Q2, PERIOD_INDEX).rating).toBe('red')
  })

  it('gives no rating without polarity, without a numeric target, or without a figure', () => {
    const noPolarity = buildIndicator({ polarity: 'none', target: { kind: 'range', min: 400, max: 450 }, values: [num(Q2, 495)] })
    expect(computeRag(noPolarity, Q2, PERIOD_INDEX)).toMatchObject({ rating: 'none', reason: expect.stringContaining('no polarity') })
    const textTarget = buildIndicator({ unit: 'yes-no', target: { kind: 'text', text: 'Qtly review' } })
    expect(computeRag(textTarget, Q2, PERIOD_INDEX).rating).toBe('none')
    const noTarget = buildIndicator({ values: [num(Q2, 50)] })
    expect(computeRag(noTarget, Q2, PERIOD_INDEX).rating).toBe('none')
    const suppressed = buildIndicator({ target: { kind: 'number', value: 0 }, polarity: 'low-is-good', values: [status(Q2, 'suppressed')] })
    expect(computeRag(suppressed, Q2, PERIOD_INDEX).rating).toBe('none')
  })

  it('keeps a reported rating and flags when it disagrees with the computed one', () => {
    const base = { polarity: 'high-is-good' as const, target: { kind: 'number' as const, value: 90 }, values: [num(Q2, 95)] }
    const agrees = buildIndicator({ ...base, reported: [{ period: Q2, rag: 'green', source }] })
    expect(computeRag(agrees, Q2, PERIOD_INDEX)).toMatchObject({ rating: 'green', reported: 'green', disagreesWithReported: false })
    const differs = buildIndicator({ ...base, reported: [{ period: Q2, rag: 'red', source }] })
    expect(computeRag(differs, Q2, PERIOD_INDEX)).toMatchObject({ rating: 'green', reported: 'red', disagreesWithReported: true })
  })

  it('does not rate a period before the target applies', () => {
    const ind = buildIndicator({ target: { kind: 'number', value: 90, from: Q2 }, values: [num('2018-19-Q1', 50), num(Q2, 50)] })
    expect(computeRag(ind, '2018-19-Q1', PERIOD_INDEX)).toMatchObject({
      rating: 'none',
      reason: 'Not rated: the target applies from Q2 2018-19.',
    })
    expect(computeRag(ind, Q2, PERIOD_INDEX).rating).toBe('red')
  })
})

describe('ragKey', () => {
  it('words the amber rule from the rules as these indicators use them', () => {
    const without = ragKey([buildIndicator()])
    expect(without.map((e) => e.rating)).toEqual(['red', 'amber', 'green', 'none'])
    expect(without[1]!.meaning).toBe('misses its target, but is better than the England average')
    const withTolerance = ragKey([buildIndicator(), buildIndicator({ amberTolerance: 5 })])
    expect(withTolerance[1]!.meaning).toBe('misses its target, but by no more than its tolerance, or is better than the England average')
    expect(withTolerance[0]!.meaning).toBe('misses its target by more than its tolerance, and is not better than the England average')
  })
})
