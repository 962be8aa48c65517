// The rows behind the trend chart and its table, from the merged seed files
// and from hand-made indicators.
import { describe, expect, it } from 'vitest'
import { indexPeriods } from '../../src/domain/periods'
import type { Indicator, NumberCell } from '../../src/domain/scorecardSchema'
import { buildTrendSeries, comparatorName } from '../../src/domain/trendSeries'
import { buildIndicator, num, PERIOD_INDEX, PERIODS, status } from '../support/buildIndicator'
import { loadSeedScorecard } from '../support/seedFiles'

const scorecard = loadSeedScorecard()
const periods = indexPeriods(scorecard.periods)
const row = (ref: string): Indicator => scorecard.indicators.find((i) => i.ref === ref)!
const series = (ref: string) => buildTrendSeries(row(ref), periods)
const source = { doc: 'test', line: 1 }

describe('buildTrendSeries on real rows', () => {
  it('P3.16: every period it has, oldest first, including the earlier three-year average; target line; England undated', () => {
    const s = series('P3.16')
    expect(s.rows.map((r) => [r.periodId, r.value, r.display])).toEqual([
      ['2011-14', 747, '747'],
      ['2017-18-YE', 380, '380'],
      ['2018-19-Q1', 293, '293'],
      ['2018-19-Q2', 302, '302'],
    ])
    // The 2018-19 target is drawn from Q1 2018-19 on, not over the earlier figures.
    expect(s.target).toEqual({ kind: 'line', value: 426, text: '426 days', fromPeriodId: '2018-19-Q1' })
    // 558 has no period in the source, so it is a level line, not a figure placed on a period.
    expect(s.undatedComparators).toEqual([
      expect.objectContaining({ kind: 'england', number: 558, text: '558 days', name: 'England average' }),
    ])
    expect(s.rows.every((r) => r.england === undefined)).toBe(true)
    expect(s.comparatorKinds).toEqual([])
    expect(s.figureCount).toBe(4)
    // Four years with no figure between the three-year average and 2017-18: the line stops there.
    expect(s.timeGaps.map((g) => [g.from.periodId, g.to.periodId])).toEqual([['2011-14', '2017-18-YE']])
    expect(s.rows.map((r) => r.run)).toEqual([0, 1, 1, 1])
    expect(s.runs).toBe(2)
    expect(s.expectedPeriod).toBe('quarter')
    expect(s.segments).toBe(1)
  })

  it('G1: nine points back to 2011 in date order, with a range target as a band', () => {
    const s = series('G1')
    expect(s.rows.map((r) => r.label)).toEqual([
      '27 June 2011',
      'Year end 2013-14',
      'Year end 2014-15',
      '6 July 2015',
      'Year end 2016-17',
      'December 2017',
      'Year end 2017-18',
      'Q1 2018-19',
      'Q2 2018-19',
    ])
    expect(s.rows.map((r) => r.value)).toEqual([446, 335, 357, 387, 429, 470, 477, 496, 495])
    expect(s.target).toEqual({ kind: 'band', min: 400, max: 450, text: '400–450', fromPeriodId: '2018-19-Q1' })
    expect(s.rows.filter((r) => r.targetApplies).map((r) => r.periodId)).toEqual(['2018-19-Q1', '2018-19-Q2'])
  })

  it('P5.3: suppressed periods are labelled gaps and carry no number anywhere', () => {
    const s = series('P5.3')
    const suppressed = s.rows.filter((r) => r.statusLabel === 'Suppressed')
    expect(suppressed.map((r) => r.periodId)).toEqual(['2018-19-Q1', '2018-19-Q2'])
    for (const r of suppressed) {
      expect(r).toMatchObject({ value: null, display: 'Suppressed', gapLabel: 'Suppressed' })
      // Where the row sits (period, date, segment, run) is not a figure.
      const { periodId: _id, label: _label, segment: _segment, time: _time, run: _run, cell, ...rest } = r
      expect(JSON.stringify(rest)).not.toMatch(/\d/)
      expect(cell && 'number' in cell).toBe(false)
    }
    expect(s.figureCount).toBe(1)
  })

  it('G2: comparators dated to a period sit on that period, even one without a figure', () => {
    const s = series('G2')
    expect(s.comparatorKinds).toEqual(['england', 'stat-neighbours', 'north-west'])
    const ye1617 = s.rows.find((r) => r.periodId === '2016-17-YE')!
    expect(ye1617).toMatchObject({ value: null, display: 'No data', gapLabel: 'No data', england: 62, statNeighbours: 58, northWest: 86 })
    expect(ye1617.statusLabel).toBeUndefined()
    expect(s.rows.find((r) => r.periodId === '2017-18-YE')).toMatchObject({ value: 62.9, england: 64, statNeighbours: 61, northWest: 91 })
    expect(s.target).toEqual({ kind: 'band', min: 52.7, max: 59.3, text: '52.7–59.3 per 10,000', fromPeriodId: '2018-19-Q1' })
  })

  it('P3.15: a definition change that breaks the series starts a new segment at its first period', () => {
    const s = series('P3.15')
    expect(s.rows.map((r) => [r.periodId, r.segment])).toEqual([
      ['2017-18-YE', 0],
      ['2018-19-Q1', 1],
      ['2018-19-Q2', 1],
    ])
    expect(s.segments).toBe(2)
    expect(s.rows[1]).toMatchObject({ breaksSeries: true, definitionChange: expect.stringContaining('16 months to 14 months') })
  })

  it('P2.7: zero is a figure, not a gap', () => {
    expect(series('P2.7').rows.map((r) => r.value)).toEqual([1, 0, 0])
    expect(series('P2.7').rows.every((r) => r.gapLabel === undefined)).toBe(true)
  })

  it('P2.16: under development throughout, so nothing to plot', () => {
    const s = series('P2.16')
    expect(s.figureCount).toBe(0)
    expect(s.rows.map((r) => r.gapLabel)).toEqual(['Under development', 'Under development', 'Under development'])
  })

  it('keeps the printed precision in the display text', () => {
    expect(series('P1.3').rows.find((r) => r.periodId === '2018-19-Q1')?.display).toBe('98.5%')
  })
})

describe('buildTrendSeries on hand-made indicators', () => {
  it('accepts the periods as a list or as a map, and sorts by period order not by data order', () => {
    const indicator = buildIndicator({ values: [num('2018-19-Q2', 3), num('2017-18-Q2', 1), num('2018-19-Q1', 2)] })
    const fromList = buildTrendSeries(indicator, PERIODS)
    expect(fromList.rows.map((r) => r.periodId)).toEqual(['2017-18-Q2', '2018-19-Q1', '2018-19-Q2'])
    expect(buildTrendSeries(indicator, PERIOD_INDEX)).toEqual(fromList)
  })

  it('flags provisional figures', () => {
    const indicator = buildIndicator({ values: [{ ...(num('2018-19-Q2', 90) as NumberCell), provisional: true }] })
    expect(buildTrendSeries(indicator, PERIOD_INDEX).rows[0]).toMatchObject({ provisional: true, value: 90 })
  })

  it('puts a definition change that starts on a period without a cell on the next row', () => {
    const indicator = buildIndicator({
      values: [num('2017-18-Q2', 1), num('2018-19-Q2', 3)],
      notes: [{ kind: 'definition', text: 'Changed.', effectiveFrom: '2018-19-Q1', breaksSeries: true }],
    })
    const s = buildTrendSeries(indicator, PERIOD_INDEX)
    expect(s.rows.map((r) => [r.periodId, r.segment, r.definitionChange])).toEqual([
      ['2017-18-Q2', 0, undefined],
      ['2018-19-Q2', 1, 'Changed.'],
    ])
  })

  it('marks a definition change that does not break the series without splitting the line', () => {
    const indicator = buildIndicator({
      values: [num('2018-19-Q1', 1), num('2018-19-Q2', 3)],
      notes: [{ kind: 'definition', text: 'Clarified.', effectiveFrom: '2018-19-Q2' }],
    })
    const s = buildTrendSeries(indicator, PERIOD_INDEX)
    expect(s.segments).toBe(1)
    expect(s.rows[1]).toMatchObject({ definitionChange: 'Clarified.', breaksSeries: false })
  })

  it('keeps a text target as text, and names "other" comparators by their label', () => {
    const indicator = buildIndicator({
      target: { kind: 'text', text: 'Qtly review' },
      values: [status('2018-19-Q2', 'not-reported')],
      comparators: [{ kind: 'other', label: 'Regional average', period: '2018-19-Q2', number: 5, source }],
    })
    const s = buildTrendSeries(indicator, PERIOD_INDEX)
    expect(s.target).toEqual({ kind: 'text', text: 'Qtly review' })
    expect(s.comparatorKinds).toEqual([])
    expect(comparatorName(s.rows[0]!.comparators[0]!)).toBe('Regional average')
    expect(s.rows[0]).toMatchObject({ gapLabel: 'Not reported', statusLabel: 'Not reported' })
  })

  it('leaves out cells and comparators whose period is unknown', () => {
    const indicator = buildIndicator({
      values: [num('1999-Q9', 1), num('2018-19-Q2', 2)],
      comparators: [{ kind: 'england', period: '1999-Q9', number: 4, source }],
    })
    expect(buildTrendSeries(indicator, PERIOD_INDEX).rows.map((r) => r.periodId)).toEqual(['2018-19-Q2'])
  })

  it('places each row at its end date and starts a new run after more than a quarter with no period', () => {
    const quarters = [
      { id: '2017-18-Q4', label: 'Q4 2017-18', kind: 'quarter' as const, start: '2018-01-01', end: '2018-03-31' },
      ...PERIODS.filter((p) => p.id.startsWith('2018-19')),
      PERIODS[0]!,
    ]
    const consecutive = buildTrendSeries(
      buildIndicator({ values: [num('2017-18-Q4', 1), num('2018-19-Q1', 2), num('2018-19-Q2', 3)] }),
      quarters,
    )
    expect(consecutive.timeGaps).toEqual([])
    expect(consecutive.rows.map((r) => r.run)).toEqual([0, 0, 0])
    expect(consecutive.rows.map((r) => r.time - consecutive.rows[0]!.time)).toEqual([0, 91, 183])
    // Q2 2017-18 to Q1 2018-19 skips two quarters.
    const gapped = buildTrendSeries(
      buildIndicator({ values: [num('2017-18-Q2', 1), num('2018-19-Q1', 2), num('2018-19-Q2', 3)] }),
      quarters,
    )
    expect(gapped.timeGaps.map((g) => [g.from.label, g.to.label])).toEqual([['Q2 2017-18', 'Q1 2018-19']])
    expect(gapped.rows.map((r) => [r.run, r.segment])).toEqual([
      [0, 0],
      [1, 0],
      [1, 0],
    ])
    // The same figures reported once a year are one unbroken line.
    const yearly = buildTrendSeries(
      buildIndicator({ frequency: 'annual', values: [num('2017-18-Q2', 1), num('2018-19-Q1', 2), num('2018-19-Q2', 3)] }),
      quarters,
    )
    expect(yearly.timeGaps).toEqual([])
    expect(yearly.expectedPeriod).toBe('year')
  })

  it('a definition change that breaks the series starts a new run as well as a new segment', () => {
    const indicator = buildIndicator({
      values: [num('2017-18-YE', 1), num('2018-19-Q1', 2), num('2018-19-Q2', 3)],
      notes: [{ kind: 'definition', text: 'Changed.', effectiveFrom: '2018-19-Q1', breaksSeries: true }],
    })
    expect(buildTrendSeries(indicator, PERIOD_INDEX).rows.map((r) => [r.segment, r.run])).toEqual([
      [0, 0],
      [1, 1],
      [1, 1],
    ])
  })

  it('starts the value axis above zero only when the numbers sit too high to read from zero', () => {
    const attendance = buildIndicator({
      values: [num('2017-18-YE', 96), num('2018-19-Q1', 97), num('2018-19-Q2', 95)],
      target: { kind: 'number', value: 96 },
    })
    expect(buildTrendSeries(attendance, PERIOD_INDEX).valueAxis).toEqual({ start: 90, end: 98, step: 2 })
    // An undated comparator far below is drawn too, so the axis reaches it.
    expect(buildTrendSeries({ ...attendance, comparators: [{ kind: 'england', number: 40, source }] }, PERIOD_INDEX).valueAxis).toEqual({
      start: 0,
    })
    expect(series('G1').valueAxis).toEqual({ start: 0 })
    expect(series('P2.3').valueAxis.start).toBe(90)
    expect(series('H9').valueAxis).toEqual({ start: 70, end: 100, step: 10 })
  })
})
