import { describe, expect, it } from 'vitest'
import { assessIndicator } from '../../src/domain/assessIndicator'
import { comparisonsSentence, englandSummary, paperComparisons } from '../../src/domain/howWeCompare'
import type { Comparator } from '../../src/domain/scorecardSchema'
import { buildIndicator, num, PERIOD_INDEX } from '../support/buildIndicator'

const Q2 = '2018-19-Q2'
const source = { doc: 'test', line: 1 }
const england = (number: number, period?: string): Comparator => ({ kind: 'england', number, source, ...(period ? { period } : {}) })

describe('paperComparisons', () => {
  it('says better or worse against the papers’ England figure, by the indicator’s polarity', () => {
    const days = buildIndicator({ unit: 'days', polarity: 'low-is-good', values: [num(Q2, 128)], comparators: [england(226, Q2)] })
    const a = assessIndicator(days, Q2, PERIOD_INDEX)
    expect(comparisonsSentence(paperComparisons(a, PERIOD_INDEX))).toBe('Better than the England average of 226 days.')
  })

  it('names a comparator’s own period, or that the paper does not give one', () => {
    const older = buildIndicator({ values: [num(Q2, 40)], comparators: [england(50, '2017-18-YE')] })
    expect(comparisonsSentence(paperComparisons(assessIndicator(older, Q2, PERIOD_INDEX), PERIOD_INDEX))).toBe(
      'Worse than the England average of 50% (Year end 2017-18).',
    )
    const undated = buildIndicator({ values: [num(Q2, 60)], comparators: [england(50)] })
    expect(comparisonsSentence(paperComparisons(assessIndicator(undated, Q2, PERIOD_INDEX), PERIOD_INDEX))).toBe(
      'Better than the England average of 50% (period not stated).',
    )
  })

  it('gives no verdict without a polarity, and nothing without a comparator', () => {
    const neither = buildIndicator({ polarity: 'none', values: [num(Q2, 60)], comparators: [england(50, Q2)] })
    expect(paperComparisons(assessIndicator(neither, Q2, PERIOD_INDEX), PERIOD_INDEX)[0]!.verdict).toBeUndefined()
    expect(
      comparisonsSentence(paperComparisons(assessIndicator(buildIndicator({ values: [num(Q2, 1)] }), Q2, PERIOD_INDEX), PERIOD_INDEX)),
    ).toBeUndefined()
  })
})

describe('englandSummary', () => {
  it('counts better and worse than England, and those for context only', () => {
    const better = buildIndicator({ values: [num(Q2, 60)], comparators: [england(50, Q2)] })
    const worse = buildIndicator({ values: [num(Q2, 40)], comparators: [england(50, Q2)] })
    const context = buildIndicator({ polarity: 'none', values: [num(Q2, 40)], comparators: [england(50, Q2)] })
    const none = buildIndicator({ values: [num(Q2, 40)] })
    const assessed = [better, worse, context, none].map((i) => assessIndicator(i, Q2, PERIOD_INDEX))
    expect(englandSummary(assessed, PERIOD_INDEX)).toBe(
      'The papers compare 2 indicators with England: 1 better than the England average and 1 worse; 1 more has an England figure for context only (no polarity or no figure).',
    )
    expect(englandSummary(assessed.slice(3), PERIOD_INDEX)).toBeUndefined()
  })
})
