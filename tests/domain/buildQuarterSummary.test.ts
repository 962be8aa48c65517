import { describe, expect, it } from 'vitest'
import { assessAtPoint, assessIndicator } from '../../src/domain/assessIndicator'
import { buildQuarterSummary, worseningSize } from '../../src/domain/buildQuarterSummary'
import { findExceptions } from '../../src/domain/findExceptions'
import { buildIndicator, num, PERIOD_INDEX, PERIODS, status } from '../support/buildIndicator'

const Q1 = '2018-19-Q1'
const Q2 = '2018-19-Q2'
const q2 = PERIODS.find((p) => p.id === Q2)!
const assess = (...inds: ReturnType<typeof buildIndicator>[]) => inds.map((i) => assessIndicator(i, Q2, PERIOD_INDEX))

const neet = buildIndicator({
  ref: 'P2.12',
  title: 'NEET care leavers',
  polarity: 'low-is-good',
  values: [num(Q1, 20, '20%'), num(Q2, 50, '50%')],
})
const passports = buildIndicator({ ref: 'P4.4', title: 'Health passports', values: [num(Q1, 85, '85%'), num(Q2, 47, '47%')] })
const pregnant = buildIndicator({
  ref: 'P4.5',
  title: 'Pregnant care leavers',
  unit: 'count',
  polarity: 'low-is-good',
  values: [num(Q1, 1), num(Q2, 3)],
})
const red = buildIndicator({
  ref: 'P2.6',
  title: 'Absence',
  polarity: 'low-is-good',
  target: { kind: 'number', value: 9 },
  values: [num(Q2, 18)],
})
const green = buildIndicator({
  ref: 'P2.5',
  title: 'Primary absence',
  polarity: 'low-is-good',
  target: { kind: 'number', value: 8 },
  values: [num(Q2, 6)],
})
const missing = buildIndicator({ ref: 'P3.9', values: [status(Q2, 'under-development')] })
const suppressed = buildIndicator({ ref: 'P5.3', unit: 'count', values: [status(Q2, 'suppressed')] })
const notThisPeriod = buildIndicator({ ref: 'H1', values: [num('2017-18-YE', 64)] })

describe('buildQuarterSummary', () => {
  it('states counts, the largest worsening, gaps and suppression, from the data only', () => {
    const sentences = buildQuarterSummary(assess(neet, passports, pregnant, red, green, missing, suppressed), q2)
    expect(sentences).toEqual([
      '5 indicators have a figure for Q2 2018-19.',
      'Of the 2 indicators that can be rated against a target, 1 is red, 0 amber and 1 green.',
      'Since the previous figure, 0 indicators have improved and 3 have worsened.',
      'The largest worsening is P4.4 Health passports, down from 85% to 47%.',
      '1 indicator has no figure this period (under development).',
      "1 figure is suppressed to protect children's privacy.",
    ])
  })

  it('leaves out sentences whose facts are absent', () => {
    const sentences = buildQuarterSummary(assess(green), q2)
    expect(sentences.join(' ')).not.toMatch(/worsen|improv|suppressed|no figure/)
  })

  it('ignores indicators with no cell in the period', () => {
    const sentences = buildQuarterSummary(
      assess(notThisPeriod).filter((a) => a.cell),
      q2,
    )
    expect(sentences).toEqual(['No indicator has a figure for Q2 2018-19.'])
  })

  it('at a reporting point, counts earlier, late and out-of-date figures apart, and names the first of equal worsenings', () => {
    const quarterly = (ref: string, values: ReturnType<typeof num>[]) => buildIndicator({ ref, values })
    const atQ2 = [
      quarterly('A1', [num(Q1, 80, '80%'), num(Q2, 70, '70%')]),
      quarterly('A2', [num(Q1, 60, '60%'), num(Q2, 50, '50%')]),
      buildIndicator({ ref: 'Y1', frequency: 'annual', values: [num('2017-18-YE', 64, '64%')] }),
      quarterly('L1', [num(Q1, 40, '40%')]),
      ...['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'].map((ref) => quarterly(ref, [num('2017-18-Q2', 30, '30%')])),
      quarterly('N1', [status(Q2, 'not-reported')]),
      quarterly('U1', [status(Q2, 'suppressed')]),
    ].map((i) => assessAtPoint(i, q2, PERIOD_INDEX))
    expect(buildQuarterSummary(atQ2, q2)).toEqual([
      '2 indicators have a figure for Q2 2018-19.',
      '1 other indicator shows its latest figure, from an earlier period: it reports less often.',
      'No indicator can be rated against a target for this period.',
      'Since the previous figure, 0 indicators have improved and 2 have worsened.',
      'The largest worsening is A1 Test indicator, down from 80% to 70%.',
      '9 indicators have no figure this period (not reported, not yet entered or out of date).',
      "7 indicators' latest figures are out of date for how often they are reported: S1, S2, S3, S4, S5, S6 and 1 more.",
      "1 figure is suppressed to protect children's privacy.",
    ])
  })

  it('ranks percentages by points and ignores small counts', () => {
    const [n, p, c] = assess(neet, passports, pregnant)
    expect(worseningSize(n!)).toBe(30)
    expect(worseningSize(p!)).toBe(38)
    expect(worseningSize(c!)).toBe(0)
  })
})

describe('findExceptions', () => {
  it('lists red first, then missed targets, worsening and missing figures, with reasons', () => {
    const exceptions = findExceptions(assess(neet, red, green, missing, suppressed, notThisPeriod))
    expect(exceptions.map((e) => [e.assessment.indicator.ref, e.reasons])).toEqual([
      ['P2.6', ['red']],
      ['P2.12', ['worsening']],
      ['P3.9', ['no-data']],
    ])
  })
})
