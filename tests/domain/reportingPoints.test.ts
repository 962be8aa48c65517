// Figures are the seed's (G1 cared-for children, P2.1 attendance, H5 and H1
// from the health report), unless a test says it re-dates them.
import { describe, expect, it } from 'vitest'
import { datePeriod, financialYearPeriod, monthPeriod, termPeriod } from '../../src/domain/calendarPeriods'
import { quarterPeriod, yearEndPeriod } from '../../src/domain/financialYear'
import {
  coverageText,
  defaultPoint,
  pointAfter,
  pointBefore,
  pointChoiceText,
  pointContaining,
  reachedByMost,
  reportingCadence,
  reportingPoints,
  reportingPointsInSteps,
} from '../../src/domain/reportingPoints'
import { resolvePoint, scorecardPoints, scorecardPointsInSteps } from '../../src/domain/scorecardPoints'
import type { Frequency, Indicator, Period } from '../../src/domain/scorecardSchema'
import { buildIndicator, buildScorecard, num, status } from '../support/buildIndicator'

const ye1718 = yearEndPeriod(2017)
const q1 = quarterPeriod(2018, 1)
const q2 = quarterPeriod(2018, 2)
const q3 = quarterPeriod(2018, 3)
const fy1718 = financialYearPeriod(2017)
const PERIODS: Period[] = [ye1718, fy1718, q1, q2, q3]

const quarterly = (ref: string, values = [num(ye1718.id, 477), num(q1.id, 496), num(q2.id, 495)]) =>
  buildIndicator({ ref, frequency: 'quarterly', values })
const withFrequency = (ref: string, frequency: Frequency, values: Indicator['values']) => buildIndicator({ ref, frequency, values })

describe('reportingCadence: the kind of point the picker lists', () => {
  it('is the one most indicators report at, the more frequent on a tie', () => {
    const annual = withFrequency('H5', 'annual', [num(fy1718.id, 14)])
    expect(reportingCadence(buildScorecard([quarterly('G1'), quarterly('G2'), annual], PERIODS))).toBe('quarter')
    expect(reportingCadence(buildScorecard([quarterly('G1'), annual, withFrequency('H6', 'annual', [])], PERIODS))).toBe('financial-year')
    const monthly = withFrequency('M1', 'monthly', [])
    expect(reportingCadence(buildScorecard([quarterly('G1'), monthly], PERIODS))).toBe('month')
    // Year-to-date and as-at figures are reported each quarter; half-termly ones about every two months.
    expect(reportingCadence(buildScorecard([withFrequency('P2.5', 'year-to-date', []), monthly, withFrequency('X', 'as-at', [])]))).toBe(
      'quarter',
    )
  })

  it('gives calendar-year points when most yearly figures are calendar years', () => {
    const y = { id: '2017', label: '2017', kind: 'calendar-year' as const, start: '2017-01-01', end: '2017-12-31' }
    const annual = withFrequency('H5', 'annual', [num(y.id, 14)])
    expect(reportingCadence(buildScorecard([annual], [y]))).toBe('calendar-year')
  })
})

describe('pointContaining: the point whose span holds a date, built by the one builder for its kind', () => {
  it('the end of January is January, or Q4 of the financial year, never another month', () => {
    expect(pointContaining('2019-01-31', 'month')).toEqual(monthPeriod(2019, 1))
    expect(pointContaining('2019-01-31', 'quarter')).toEqual(quarterPeriod(2018, 4))
    expect(pointContaining('2018-09-30', 'quarter')).toEqual(q2)
    expect(pointContaining('2018-04-01', 'quarter')).toEqual(q1)
    expect(pointContaining('2018-12-31', 'term')).toEqual(termPeriod(2018, 'autumn'))
    expect(pointContaining('2019-03-31', 'term')).toEqual(termPeriod(2018, 'spring'))
    expect(pointContaining('2019-03-31', 'financial-year')).toEqual(financialYearPeriod(2018))
    expect(pointContaining('2019-08-31', 'academic-year').id).toBe('AY2018-19')
  })

  it('steps to the next and previous point across year ends', () => {
    expect(pointAfter(quarterPeriod(2018, 4), 'quarter')).toEqual(quarterPeriod(2019, 1))
    expect(pointAfter(q2, 'quarter')).toEqual(q3)
    expect(pointBefore(quarterPeriod(2019, 1), 'quarter')).toEqual(quarterPeriod(2018, 4))
    expect(pointAfter(monthPeriod(2018, 12), 'month')).toEqual(monthPeriod(2019, 1))
    expect(pointBefore(monthPeriod(2019, 1), 'month')).toEqual(monthPeriod(2018, 12))
  })
})

describe('reportingPoints: the choices, with how many figures each has', () => {
  it('lists quarter ends for a quarterly scorecard, folding other dates into the quarter that holds them', () => {
    // G1's figure "at 6 July 2015" (doc 000) is in Q2 2015-16; it is not a choice of its own.
    const july = datePeriod('2015-07-06')
    const g1 = quarterly('G1', [num(july.id, 387), num(ye1718.id, 477), num(q1.id, 496), num(q2.id, 495)])
    const points = reportingPoints(buildScorecard([g1], [july, ...PERIODS]))
    expect(points.map((c) => c.point.id)).toEqual(['2015-16-Q2', '2017-18-Q4', '2018-19-Q1', '2018-19-Q2'])
    expect(points[0]!.point.label).toBe('Q2 2015-16')
  })

  it('lists month ends for a monthly scorecard: two months in one quarter are two points, each with its date', () => {
    // A synthetic arrangement of real values: G1's year-end and Q1 2018-19 figures re-dated to January and February 2019.
    const jan = monthPeriod(2019, 1)
    const feb = monthPeriod(2019, 2)
    const m = withFrequency('G1', 'monthly', [num(jan.id, 477), num(feb.id, 496)])
    const points = reportingPoints(buildScorecard([m], [jan, feb]))
    expect(points.map((c) => [c.point.id, c.point.label, c.point.end])).toEqual([
      ['2019-01', 'January 2019', '2019-01-31'],
      ['2019-02', 'February 2019', '2019-02-28'],
    ])
  })

  it('counts, per point, the indicators due and those with a figure; termly and annual ones only where they have an entry', () => {
    const p21 = withFrequency('P2.1', 'termly', [num(ye1718.id, 97), num(q1.id, 97), status(q2.id, 'not-reported')])
    const h5 = withFrequency('H5', 'annual', [num(fy1718.id, 14)])
    const early = quarterly('G1', [num(ye1718.id, 477), num(q1.id, 496), num(q2.id, 495), num(q3.id, 495)])
    const s = buildScorecard([early, quarterly('G2'), quarterly('G3'), p21, h5], PERIODS)
    const byId = new Map(reportingPoints(s).map((c) => [c.point.id, c]))
    // Q4 2017-18 holds the year end and the annual 2017-18 figure: all five are due, all have figures.
    expect(byId.get('2017-18-Q4')).toMatchObject({ due: 5, figures: 5, reached: true })
    // Q2: three quarterly figures, and P2.1's status (due, as it has an entry, but no figure).
    expect(byId.get('2018-19-Q2')).toMatchObject({ due: 4, figures: 3, reached: true })
    // Q3: one early figure of the three quarterly indicators due.
    expect(byId.get('2018-19-Q3')).toMatchObject({ due: 3, figures: 1, reached: false })
  })

  it('does not count an indicator as due before it first reported', () => {
    const later = quarterly('S2', [num(q1.id, 24), num(q2.id, 23)])
    const s = buildScorecard([quarterly('G1'), later], PERIODS)
    expect(reportingPoints(s).find((c) => c.point.id === '2017-18-Q4')).toMatchObject({ due: 1, figures: 1 })
  })
})

describe('the default point: the latest one most indicators have reached', () => {
  it('"most" is at least half of the indicators due; none due is never reached', () => {
    expect(reachedByMost(0, 0)).toBe(false)
    expect(reachedByMost(1, 1)).toBe(true)
    expect(reachedByMost(1, 0)).toBe(false)
    expect(reachedByMost(2, 1)).toBe(true)
    expect(reachedByMost(3, 1)).toBe(false)
    expect(reachedByMost(67, 34)).toBe(true)
    expect(reachedByMost(67, 33)).toBe(false)
  })

  it('a single early figure for the next quarter does not move it', () => {
    const early = quarterly('G1', [num(ye1718.id, 477), num(q1.id, 496), num(q2.id, 495), num(q3.id, 495)])
    const s = buildScorecard([early, quarterly('G2'), quarterly('G3')], PERIODS)
    expect(defaultPoint(reportingPoints(s))?.point.id).toBe('2018-19-Q2')
  })

  it('moves once half the indicators due have their figure', () => {
    const withQ3 = (ref: string) => quarterly(ref, [num(ye1718.id, 477), num(q1.id, 496), num(q2.id, 495), num(q3.id, 495)])
    const s = buildScorecard([withQ3('G1'), withQ3('G2'), quarterly('G3'), quarterly('G4')], PERIODS)
    expect(defaultPoint(reportingPoints(s))?.point.id).toBe('2018-19-Q3')
  })

  it('falls back to the latest point with any figure, then the latest point', () => {
    const onlyStatuses = quarterly('P2.16', [status(q1.id, 'under-development'), status(q2.id, 'under-development')])
    expect(defaultPoint(reportingPoints(buildScorecard([onlyStatuses], PERIODS)))?.point.id).toBe('2018-19-Q2')
    expect(defaultPoint([])).toBeUndefined()
  })
})

describe('resolvePoint: what ?period= names', () => {
  const s = buildScorecard([quarterly('G1')], PERIODS)

  it('a point by its id, and any period by the point that holds its end', () => {
    expect(resolvePoint(s, '2018-19-Q2')).toEqual(q2)
    expect(resolvePoint(s, '2017-18-YE')?.id).toBe('2017-18-Q4')
    expect(resolvePoint(s, '2017-18')?.id).toBe('2017-18-Q4')
    expect(resolvePoint(s, 'nonsense')).toBeUndefined()
  })
})

describe('working the points out in steps', () => {
  const s = buildScorecard(
    ['G1', 'G2', 'G3', 'G4', 'G5'].map((ref) => quarterly(ref)),
    PERIODS,
  )

  it('pauses after every few indicators and ends with the same points as reading them at once', () => {
    const steps = reportingPointsInSteps(s, 'quarter', 2)
    let pauses = 0
    let step = steps.next()
    while (!step.done) {
      pauses++
      step = steps.next()
    }
    // 5 indicators, 2 at a time: paused before the 3rd and the 5th.
    expect(pauses).toBe(2)
    expect(step.value).toEqual(reportingPoints(s, 'quarter'))
  })

  it('keeps what it worked out beside the scorecard, for every later ask of the same one', () => {
    const steps = scorecardPointsInSteps(s)
    let step = steps.next()
    while (!step.done) step = steps.next()
    expect(scorecardPoints(s)).toBe(step.value)
    expect(step.value.coverage).toEqual(reportingPoints(s))
    expect(step.value.fallback?.id).toBe('2018-19-Q2')
    expect(step.value.choices.map((c) => c.label)).toEqual([
      'Q4 2017-18 (5 of 5 figures)',
      'Q1 2018-19 (5 of 5 figures)',
      'Q2 2018-19 (5 of 5 figures)',
    ])
    // Another scorecard, even with the same content, has points of its own.
    const edited = { ...s, indicators: s.indicators.slice(0, 1) }
    expect(scorecardPoints(edited)).not.toBe(step.value)
    expect(scorecardPoints(edited).choices[0]?.label).toBe('Q4 2017-18 (1 of 1 figure)')
  })
})

describe('the words for a point', () => {
  it('say how far it is filled in', () => {
    expect(coverageText({ point: q3, due: 57, figures: 1, reached: false })).toBe('Q3 2018-19: 1 of 57 figures entered')
    expect(pointChoiceText({ point: q3, due: 57, figures: 1, reached: false })).toBe('Q3 2018-19: 1 of 57 figures entered')
    expect(pointChoiceText({ point: q2, due: 69, figures: 56, reached: true })).toBe('Q2 2018-19 (56 of 69 figures)')
    expect(pointChoiceText({ point: q2, due: 1, figures: 1, reached: true })).toBe('Q2 2018-19 (1 of 1 figure)')
  })
})
