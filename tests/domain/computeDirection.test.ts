import { describe, expect, it } from 'vitest'
import { computeDirection, isNoRealChange, noDirectionClause, readPrintedArrow } from '../../src/domain/computeDirection'
import { buildIndicator, num, PERIOD_INDEX, status } from '../support/buildIndicator'

const Q1 = '2018-19-Q1'
const Q2 = '2018-19-Q2'

describe('computeDirection against the previous period', () => {
  it.each([
    ['high-is-good', 79, 82, 'up', 'improving'],
    ['high-is-good', 97, 95, 'down', 'worsening'],
    ['low-is-good', 20, 50, 'up', 'worsening'],
    ['low-is-good', 14, 11, 'down', 'improving'],
    ['none', 40, 44, 'up', 'none'],
  ] as const)('%s %d → %d is %s, %s', (polarity, from, to, raw, meaning) => {
    const ind = buildIndicator({ polarity, values: [num(Q1, from), num(Q2, to)] })
    expect(computeDirection(ind, Q2, PERIOD_INDEX)).toMatchObject({ raw, meaning, change: to - from })
  })

  it('treats small moves as no real change', () => {
    expect(isNoRealChange(98.5, 98, 'percent')).toBe(true)
    expect(isNoRealChange(24, 25, 'percent')).toBe(false)
    expect(isNoRealChange(496, 495, 'count')).toBe(true)
    expect(isNoRealChange(158, 147, 'count')).toBe(false)
    expect(isNoRealChange(0, 0, 'count')).toBe(true)
    expect(isNoRealChange(0, 1, 'count')).toBe(false)
    const ind = buildIndicator({ polarity: 'high-is-good', values: [num(Q1, 98.5), num(Q2, 98)] })
    expect(computeDirection(ind, Q2, PERIOD_INDEX)).toMatchObject({ raw: 'same', meaning: 'no-change' })
  })

  it('compares with the latest earlier period that has a cell, skipping none in between', () => {
    const ind = buildIndicator({ values: [num('2017-18-YE', 60), num(Q2, 82)] })
    expect(computeDirection(ind, Q2, PERIOD_INDEX).from?.periodId).toBe('2017-18-YE')
  })

  it('gives no direction when either figure is suppressed or missing', () => {
    const suppressedNow = buildIndicator({ values: [num(Q1, 5), status(Q2, 'suppressed')] })
    expect(computeDirection(suppressedNow, Q2, PERIOD_INDEX)).toMatchObject({
      raw: null,
      meaning: 'none',
      reason: 'Suppressed figures give no direction.',
    })
    const suppressedBefore = buildIndicator({ values: [status(Q1, 'suppressed'), num(Q2, 5)] })
    expect(computeDirection(suppressedBefore, Q2, PERIOD_INDEX)).toMatchObject({ raw: null, meaning: 'none' })
    const notReportedBefore = buildIndicator({ values: [status(Q1, 'not-reported'), num(Q2, 95)] })
    expect(computeDirection(notReportedBefore, Q2, PERIOD_INDEX).raw).toBeNull()
    const first = buildIndicator({ values: [num(Q2, 95)] })
    expect(computeDirection(first, Q2, PERIOD_INDEX).reason).toBe('No earlier figure to compare with.')
  })

  it('gives no direction across a definition change that breaks the series', () => {
    const ind = buildIndicator({
      values: [num('2017-18-YE', 71), num(Q1, 78), num(Q2, 80)],
      notes: [{ kind: 'definition', text: 'Now 14 months, was 16.', effectiveFrom: Q1, breaksSeries: true }],
    })
    expect(computeDirection(ind, Q1, PERIOD_INDEX)).toMatchObject({ raw: null, reason: expect.stringContaining('definition changed') })
    expect(computeDirection(ind, Q2, PERIOD_INDEX)).toMatchObject({ raw: 'up', meaning: 'improving' })
  })

  it('explains the movement in plain English', () => {
    const ind = buildIndicator({ polarity: 'low-is-good', unit: 'days', values: [num(Q1, 293, '293'), num(Q2, 302, '302')] })
    expect(computeDirection(ind, Q2, PERIOD_INDEX).reason).toBe('302 days in Q2 2018-19, up from 293 days in Q1 2018-19: worsening.')
  })
})

describe('computeDirection against the same period a year before', () => {
  it('uses the same kind of period exactly one year earlier', () => {
    const ind = buildIndicator({ values: [num('2017-18-Q2', 60), num(Q1, 90), num(Q2, 70)] })
    expect(computeDirection(ind, Q2, PERIOD_INDEX, 'year-before')).toMatchObject({ raw: 'up', from: { periodId: '2017-18-Q2' } })
  })

  it('gives no direction when there is no such period', () => {
    const ind = buildIndicator({ values: [num(Q1, 90), num(Q2, 70)] })
    expect(computeDirection(ind, Q2, PERIOD_INDEX, 'year-before').raw).toBeNull()
  })
})

describe('readPrintedArrow', () => {
  it.each([
    ['↑', 'up'],
    ['↓', 'down'],
    ['\\downarrow', 'down'],
    ['$ \\downarrow$', 'down'],
    ['→', 'same'],
    ['\\rightarrow', 'same'],
    ['1', 'unknown'],
    ['\\checkmark', 'unknown'],
    ['÷', 'unknown'],
    // The words the table's download writes for a printed arrow, read back.
    ['Up', 'up'],
    ['down', 'down'],
    ['No change', 'same'],
    ['unreadable in the source', 'unknown'],
  ])('reads %j as %s', (raw, reading) => {
    expect(readPrintedArrow(raw)).toBe(reading)
  })
})

describe('why there is no direction', () => {
  it('is a code with the periods it names, and the reason is its clause as a sentence', () => {
    const earlierSuppressed = computeDirection(buildIndicator({ values: [status(Q1, 'suppressed'), num(Q2, 5)] }), Q2, PERIOD_INDEX)
    expect(earlierSuppressed.noDirection).toEqual({ code: 'earlier-suppressed', earlier: 'Q1 2018-19' })
    expect(noDirectionClause(earlierSuppressed.noDirection!)).toBe('the Q1 2018-19 figure is suppressed, so there is no direction')
    expect(earlierSuppressed.reason).toBe('The Q1 2018-19 figure is suppressed, so there is no direction.')
    const nothingBefore = computeDirection(buildIndicator({ values: [num(Q2, 5)] }), Q2, PERIOD_INDEX, 'year-before')
    expect(nothingBefore).toMatchObject({ noDirection: { code: 'no-year-before' }, reason: 'No figure for the same period a year before.' })
  })

  it('is absent when there is a direction', () => {
    expect(computeDirection(buildIndicator({ values: [num(Q1, 5), num(Q2, 9)] }), Q2, PERIOD_INDEX).noDirection).toBeUndefined()
  })
})
