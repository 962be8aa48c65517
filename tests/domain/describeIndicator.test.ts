// The plain-English summary and chart label, on real seed rows and on
// hand-made indicators for the cases the seeds do not have.
import { describe, expect, it } from 'vitest'
import { assessIndicator } from '../../src/domain/assessIndicator'
import {
  describeAssessment,
  describeSource,
  describeSourceForCommittee,
  describeTrendChart,
  formatDifference,
  inPeriod,
  shortPeriodLabel,
} from '../../src/domain/describeIndicator'
import { indexPeriods } from '../../src/domain/periods'
import type { Indicator, NumberCell } from '../../src/domain/scorecardSchema'
import { buildTrendSeries } from '../../src/domain/trendSeries'
import { buildIndicator, num, PERIOD_INDEX, status } from '../support/buildIndicator'
import { loadSeedScorecard } from '../support/seedFiles'

const scorecard = loadSeedScorecard()
const periods = indexPeriods(scorecard.periods)
const Q1 = '2018-19-Q1'
const Q2 = '2018-19-Q2'
const row = (ref: string): Indicator => {
  const indicator = scorecard.indicators.find((i) => i.ref === ref)
  if (!indicator) throw new Error(`no ${ref} in the seeds`)
  return indicator
}
const sentence = (ref: string, period = Q2) => describeAssessment(assessIndicator(row(ref), period, periods), periods)
const chartLabel = (ref: string) => describeTrendChart(row(ref), buildTrendSeries(row(ref), periods))

describe('describeAssessment on real rows', () => {
  it.each([
    // The example in the issue: figure, direction, England comparison by polarity, target.
    [
      'P3.16',
      Q2,
      '302 days in Q2 2018-19, up from 293 in Q1: worsening; better than the England average of 558; meets the 426-day target.',
    ],
    [
      'P3.16',
      Q1,
      '293 days in Q1 2018-19, down from 380 in Year end 2017-18: improving; better than the England average of 558; meets the 426-day target.',
    ],
    // Amber by the council's rule: misses the target but beats England.
    [
      'P3.17',
      Q2,
      '128 days in Q2 2018-19, up from 108 in Q1: worsening; better than the England average of 226; misses the 121-day target by 7 days: amber, not red, as it is better than the England average.',
    ],
    // No polarity: no better/worse, no improving/worsening, but a range target is still a fact.
    ['G1', Q2, '495 in Q2 2018-19, little changed from 496 in Q1; outside the target range of 400–450.'],
    // The 2018-19 target range says nothing about 2011.
    ['G1', '2011-06-27', '446 on 27 June 2011.'],
    ['G1', '2018-19-Q2', '495 in Q2 2018-19, little changed from 496 in Q1; outside the target range of 400–450.'],
    [
      'G2',
      Q2,
      '65.3 per 10,000 in Q2 2018-19, little changed from 65.4 in Q1; the England average is 64 (Year end 2017-18); outside the target range of 52.7–59.3.',
    ],
    // Suppressed: the status, why, and no figure.
    ['P5.3', Q2, 'Suppressed in Q2 2018-19 (a small number withheld to protect privacy).'],
    // Zero is a figure like any other.
    ['P2.7', Q2, '0 in Q2 2018-19, unchanged from 0 in Q1.'],
    ['P2.6', Q2, '18% in Q2 2018-19, up from 16% in Q1: worsening; misses the 9% target by 9 percentage points.'],
    ['P2.5', Q2, '6% in Q2 2018-19, unchanged from 6% in Q1; meets the 8% target.'],
    ['S5.1', Q2, '£3,724 a week in Q2 2018-19, up from £3,561 in Q1: worsening; misses the £3,200 target by £524 a week.'],
    ['S4', Q2, '0 in Q2 2018-19, down from 1 in Q1: improving; meets the target of 0.'],
    // A comparator from an earlier period says which period it is.
    [
      'H3',
      '2017-18-YE',
      '87.7% in Year end 2017-18, down from 90.9% in Year end 2016-17: worsening; worse than the England average of 89% (Year end 2016-17).',
    ],
    ['H7', '2017-18', '14% in 2017-18, up from 3% in 2016-17; the England average is 12% (2016-17).'],
    ['P2.1', Q2, 'Not reported for Q2 2018-19.'],
    ['P2.16', Q2, 'Under development: no figure yet for Q2 2018-19.'],
    ['S1', Q2, 'Q2 2018-19: Yes; the target is “Qtly review”.'],
    ['P3.16', '2018-19-Q3', 'No figure for Q3 2018-19.'],
  ])('%s %s', (ref, period, expected) => {
    expect(sentence(ref, period)).toBe(expected)
  })

  it('never states anything the data does not support, for every period of every real row', () => {
    for (const indicator of scorecard.indicators) {
      for (const cell of indicator.values) {
        const text = describeAssessment(assessIndicator(indicator, cell.period, periods), periods)
        const label = periods.get(cell.period)!.label
        if (indicator.polarity === 'none')
          expect(text, `${indicator.ref} ${label}`).not.toMatch(/better|worse|improving|worsening|meets|misses/)
        if (!indicator.target) expect(text, `${indicator.ref} ${label}`).not.toMatch(/target/)
        if (!indicator.comparators.some((c) => c.kind === 'england')) expect(text, `${indicator.ref} ${label}`).not.toMatch(/England/)
        if (cell.kind === 'suppressed') {
          expect(text.replace(label, '')).not.toMatch(/\d/)
          expect(text).toContain('Suppressed')
        }
      }
    }
  })
})

describe('describeAssessment on hand-made indicators', () => {
  const assess = (overrides: Partial<Indicator>, period = Q2) =>
    describeAssessment(assessIndicator(buildIndicator(overrides), period, PERIOD_INDEX), PERIOD_INDEX)

  it('gives no meets/misses for a single-figure target without polarity, only the target', () => {
    expect(assess({ polarity: 'none', unit: 'days', target: { kind: 'number', value: 426 }, values: [num(Q2, 500)] })).toBe(
      '500 days in Q2 2018-19; the target is 426 days.',
    )
  })

  it('says inside or outside a range target, and by how much when the indicator has a polarity', () => {
    const ranged = (value: number) =>
      assess({ polarity: 'low-is-good', unit: 'count', target: { kind: 'range', min: 400, max: 450 }, values: [num(Q2, value)] })
    expect(ranged(420)).toBe('420 in Q2 2018-19; inside the target range of 400–450.')
    expect(ranged(495)).toBe('495 in Q2 2018-19; outside the target range of 400–450 by 45.')
  })

  it('explains an amber within the tolerance', () => {
    expect(assess({ target: { kind: 'number', value: 96 }, amberTolerance: 2, values: [num(Q2, 95)] })).toBe(
      '95% in Q2 2018-19; misses the 96% target by 1 percentage point: amber, not red, within the tolerance of 2 percentage points.',
    )
  })

  it('marks a provisional figure', () => {
    const values = [{ ...(num(Q2, 91, '91.0%') as NumberCell), provisional: true }]
    expect(assess({ values })).toBe('91.0% (provisional) in Q2 2018-19.')
  })

  it('says why there is no direction across a definition change', () => {
    const text = assess(
      {
        values: [num('2017-18-YE', 71), num(Q1, 78)],
        notes: [{ kind: 'definition', text: 'Now 14 months.', effectiveFrom: Q1, breaksSeries: true }],
      },
      Q1,
    )
    expect(text).toBe('78% in Q1 2018-19; the definition changed from Q1 2018-19, so Year end 2017-18 is not comparable.')
  })

  it('says why there is no direction after a suppressed figure, without a number for it', () => {
    const text = assess({ unit: 'count', polarity: 'low-is-good', values: [status(Q1, 'suppressed'), num(Q2, 7)] })
    expect(text).toBe('7 in Q2 2018-19; the Q1 2018-19 figure is suppressed, so there is no direction.')
  })

  it('describes the other statuses', () => {
    expect(assess({ values: [status(Q2, 'not-applicable')] })).toBe('Not applicable in Q2 2018-19.')
    expect(assess({ values: [status(Q2, 'suppressed')] })).toBe('Suppressed in Q2 2018-19 (a small number withheld to protect privacy).')
  })
})

describe('describeTrendChart', () => {
  it.each([
    [
      'P3.16',
      'Line chart of Average number of days between entering care and moving in with adoptive family (A1 national indicator) from 2011-14 (three-year average) to Q2 2018-19: 4 figures, latest 302 days in Q2 2018-19; no figures between 2011-14 (three-year average) and Year end 2017-18; target 426 days; England average 558 days (period not stated).',
    ],
    [
      'P5.3',
      'Line chart of The number of young people with a CSE plan - All Individuals from Year end 2017-18 to Q2 2018-19: 1 figure, latest 5 in Year end 2017-18; suppressed: Q1 2018-19 and Q2 2018-19.',
    ],
    [
      'G1',
      'Line chart of Number of cared for children from 27 June 2011 to Q2 2018-19: 9 figures, latest 495 in Q2 2018-19; no figures between 27 June 2011 and Year end 2013-14, between Year end 2013-14 and Year end 2014-15, between 6 July 2015 and Year end 2016-17 and between Year end 2016-17 and December 2017; target range 400–450.',
    ],
    [
      'G2',
      'Line chart of Rate per 10,000 cared for children from Year end 2013-14 to Q2 2018-19: 5 figures, latest 65.3 per 10,000 in Q2 2018-19; no data: Year end 2016-17; no figures between Year end 2013-14 and Year end 2014-15, between Year end 2014-15 and Year end 2016-17 and between Year end 2016-17 and Year end 2017-18; target range 52.7–59.3 per 10,000; England average 64 per 10,000 in Year end 2017-18; statistical neighbours average 61 per 10,000 in Year end 2017-18; North West average 91 per 10,000 in Year end 2017-18.',
    ],
    ['P3.15', expect.stringContaining('definition changed from Q1 2018-19')],
    // Attendance of 95–97% is drawn on an axis from 90%, and the label says so.
    [
      'P2.3',
      expect.stringMatching(
        /: 3 figures, latest 95% in Q2 2018-19; definition changed from Q1 2018-19; target 96%; the value axis starts at 90%, not zero\.$/,
      ),
    ],
    ['P2.16', 'Chart of 21-25 year olds in EET: no figures to plot.'],
  ])('%s', (ref, expected) => {
    expect(chartLabel(ref)).toEqual(expected)
  })

  it('gives a label for a chart of one period', () => {
    const indicator = buildIndicator({ values: [num(Q2, 50)] })
    expect(describeTrendChart(indicator, buildTrendSeries(indicator, PERIOD_INDEX))).toBe(
      'Line chart of Test indicator in Q2 2018-19: 1 figure, latest 50% in Q2 2018-19.',
    )
  })
})

describe('small helpers', () => {
  it('shortens a period label only within the same year', () => {
    expect(shortPeriodLabel('Q1 2018-19', 'Q2 2018-19')).toBe('Q1')
    expect(shortPeriodLabel('Year end 2017-18', 'Q1 2018-19')).toBe('Year end 2017-18')
    expect(shortPeriodLabel('2017-18', '2018-19')).toBe('2017-18')
  })

  it('uses "on" for a snapshot on one day', () => {
    expect(inPeriod({ kind: 'as-at', label: '6 July 2015' })).toBe('on 6 July 2015')
    expect(inPeriod({ kind: 'quarter', label: 'Q2 2018-19' })).toBe('in Q2 2018-19')
  })

  it('formats differences in percentage points for percentages', () => {
    expect(formatDifference(-9, 'percent', 0)).toBe('9 percentage points')
    expect(formatDifference(1, 'percent', 0)).toBe('1 percentage point')
    expect(formatDifference(0.5, 'percent', 1)).toBe('0.5 percentage points')
    expect(formatDifference(7, 'days', 0)).toBe('7 days')
  })

  it('names a source by document, line and column', () => {
    expect(describeSource({ doc: '004', line: 1236, column: 'Qu 2 18-19' })).toBe('doc 004 line 1236 (Qu 2 18-19)')
    expect(describeSource({ doc: '004', table: 'Table 3' })).toBe('doc 004 table “Table 3”')
  })

  it('names a source for a committee as its document, date and printed page, never an id or a line', () => {
    const documents = [{ id: '004', title: 'Corporate Parenting Committee agenda pack', date: '2019-01-22' }]
    expect(describeSourceForCommittee({ doc: '004', line: 1236, column: 'Qu 2 18-19', page: 62 }, documents)).toBe(
      'Corporate Parenting Committee agenda pack, 22 January 2019, page 62',
    )
    expect(describeSourceForCommittee({ doc: '004', line: 963 }, documents)).toBe(
      'Corporate Parenting Committee agenda pack, 22 January 2019',
    )
    expect(describeSourceForCommittee({ doc: '009', line: 5 }, documents)).toBe('a document the data file does not describe')
  })
})
