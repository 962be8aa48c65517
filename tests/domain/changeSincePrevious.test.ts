// One definition of "worsened", "improved" and "newly red", used by the
// overview's summary, its lists and the pack's counts alike.
import { describe, expect, it } from 'vitest'
import { assessAtPoint, assessIndicator } from '../../src/domain/assessIndicator'
import { findNewlyRed, hasImproved, hasWorsened, movementWords } from '../../src/domain/changeSincePrevious'
import { buildIndicator, buildScorecard, num, PERIOD_INDEX, PERIODS } from '../support/buildIndicator'

const Q1 = '2018-19-Q1'
const Q2 = '2018-19-Q2'
const q2 = PERIODS.find((p) => p.id === Q2)!
const target = { kind: 'number' as const, value: 50 }

describe('hasWorsened and hasImproved', () => {
  it('count a figure that moved the wrong (or right) way by more than no real change', () => {
    const down = buildIndicator({ values: [num(Q1, 85, '85%'), num(Q2, 47, '47%')] })
    const up = buildIndicator({ values: [num(Q1, 40, '40%'), num(Q2, 60, '60%')] })
    expect(hasWorsened(assessIndicator(down, Q2, PERIOD_INDEX))).toBe(true)
    expect(hasImproved(assessIndicator(down, Q2, PERIOD_INDEX))).toBe(false)
    expect(hasImproved(assessIndicator(up, Q2, PERIOD_INDEX))).toBe(true)
  })

  it('do not count a change within "no real change", or a figure with no polarity', () => {
    const tiny = buildIndicator({ values: [num(Q1, 50, '50%'), num(Q2, 49.6, '49.6%')] })
    const neither = buildIndicator({ polarity: 'none', values: [num(Q1, 85), num(Q2, 47)] })
    expect(hasWorsened(assessIndicator(tiny, Q2, PERIOD_INDEX))).toBe(false)
    expect(hasWorsened(assessIndicator(neither, Q2, PERIOD_INDEX))).toBe(false)
  })

  it('do not count a figure too old to stand for the point: its movement is not this quarter’s news', () => {
    const late = buildIndicator({ values: [num('2017-18-Q2', 85), num(Q1, 47)] })
    const atQ2 = assessAtPoint(late, q2, PERIOD_INDEX)
    expect(atQ2.direction.meaning).toBe('worsening')
    expect(hasWorsened(atQ2)).toBe(false)
  })
})

describe('movementWords', () => {
  it('says what the figure did, in the figures’ own precision', () => {
    const down = buildIndicator({ values: [num(Q1, 85, '85%'), num(Q2, 47, '47%')] })
    expect(movementWords(assessIndicator(down, Q2, PERIOD_INDEX))).toBe('down from 85% to 47%')
    expect(movementWords(assessIndicator(buildIndicator({ values: [num(Q2, 47)] }), Q2, PERIOD_INDEX))).toBeUndefined()
  })
})

describe('findNewlyRed', () => {
  const newly = buildIndicator({ ref: 'N1', target, values: [num(Q1, 60), num(Q2, 40)] })
  const already = buildIndicator({ ref: 'A1', target, values: [num(Q1, 30), num(Q2, 20)] })
  const noFigureBefore = buildIndicator({ ref: 'F1', target, values: [num(Q2, 20)] })
  const annualStillRed = buildIndicator({ ref: 'Y1', frequency: 'annual', target, values: [num('2017-18-YE', 20)] })
  const scorecard = buildScorecard([newly, already, noFigureBefore, annualStillRed])
  const at = [newly, already, noFigureBefore, annualStillRed].map((i) => assessAtPoint(i, q2, PERIOD_INDEX))

  it('lists what is red now and had a figure that was not red at the point before', () => {
    expect(at.map((a) => a.rag.rating)).toEqual(['red', 'red', 'red', 'red'])
    const found = findNewlyRed(scorecard, q2, at)
    expect(found.before.id).toBe(Q1)
    expect(found.before.label).toBe('Q1 2018-19')
    expect(found.assessments.map((a) => a.indicator.ref)).toEqual(['N1'])
  })
})
