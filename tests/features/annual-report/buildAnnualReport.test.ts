import { describe, expect, it } from 'vitest'
import { buildAnnualReport, chooseYear, reportYears, yearSeries } from '../../../src/features/annual-report/buildAnnualReport'
import { indexPeriods } from '../../../src/domain/periods'
import { loadSeedScorecard } from '../../support/seedFiles'

const scorecard = loadSeedScorecard()
const periods = indexPeriods(scorecard.periods)
const years = reportYears(scorecard)
const year = (id: string) => years.find((y) => y.id === id)!

describe('report years', () => {
  it('are the financial years with a year-end or annual figure, named by the year-end period where there is one', () => {
    expect(years.map((y) => y.id)).toEqual(['2010-11', '2013-14-YE', '2014-15-YE', '2015-16-YE', '2016-17-YE', '2017-18-YE'])
    expect(year('2017-18-YE').periodIds).toEqual(['2017-18-YE', '2017-18'])
  })

  it('are chosen from the URL’s period: a year is itself, a quarter means the latest year ended by then', () => {
    expect(chooseYear(years, periods, '2017-18')?.id).toBe('2017-18-YE')
    expect(chooseYear(years, periods, '2014-15-YE')?.id).toBe('2014-15-YE')
    expect(chooseYear(years, periods, '2018-19-Q2')?.id).toBe('2017-18-YE')
    expect(chooseYear(years, periods, '2015-16-Q1')?.id).toBe('2014-15-YE')
    expect(chooseYear(years, periods, null)?.id).toBe('2017-18-YE')
    expect(chooseYear(years, periods, 'nonsense')?.id).toBe('2017-18-YE')
    expect(chooseYear([], periods, null)).toBeUndefined()
  })
})

describe('the 2017-18 annual report', () => {
  const report = buildAnnualReport(scorecard, year('2017-18-YE'))
  const entry = (ref: string) => report.sections.flatMap((s) => s.entries).find((e) => e.indicator.ref === ref)!

  it('groups indicators with a year-end figure by section, in scorecard order', () => {
    expect(report.sections.map((s) => s.section.id)).toEqual([
      'general',
      'pledge-1',
      'pledge-2',
      'pledge-3',
      'pledge-4',
      'pledge-5',
      'health',
    ])
    expect(report.sections[0]!.entries.map((e) => e.indicator.ref)).toEqual(['G1', 'G2', 'G3'])
  })

  it('gives the year-end series with England and statistical-neighbour comparators (G2)', () => {
    const g2 = entry('G2')
    expect(g2.cell).toMatchObject({ kind: 'number', number: 62.9 })
    expect(g2.series.values.map((v) => v.period)).toEqual(['2017-18-YE', '2013-14-YE', '2014-15-YE'])
    expect(g2.england).toMatchObject({ comparator: { number: 64 }, undated: false })
    expect(g2.statNeighbours).toMatchObject({ comparator: { number: 61 } })
    // The quarters are not in the annual series.
    expect(g2.series.values.some((v) => periods.get(v.period)!.kind === 'quarter')).toBe(false)
  })

  it('gives the direction over the year against the year before', () => {
    const g1 = entry('G1')
    expect(g1.direction).toMatchObject({ against: 'year-before', raw: 'up', from: { periodId: '2016-17-YE', number: 429 } })
    const h4 = entry('H4')
    expect(h4.direction).toMatchObject({ raw: 'up', meaning: 'improving', from: { number: 80 } })
    expect(entry('P2.1').direction.raw).toBeNull()
  })

  it('uses the annual period where that is the series, and the year-end one where both exist', () => {
    expect(entry('H6').periodId).toBe('2017-18')
    expect(entry('H6').series.values.map((v) => v.period)).toEqual(['2013-14', '2014-15', '2015-16', '2016-17', '2017-18'])
    expect(entry('H6').england).toMatchObject({ comparator: { number: 49 }, periodLabel: '2016-17' })
    expect(
      entry('P3.12')
        .series.values.map((v) => v.period)
        .sort(),
    ).toEqual(['2013-14', '2014-15', '2017-18-YE'])
  })

  it('takes commentary for the year, else the latest commentary, saying which', () => {
    expect(entry('H4').commentary).toMatchObject({ periodId: '2017-18-YE', forYear: true })
    expect(entry('P3.17').commentary).toMatchObject({ periodId: '2018-19-Q2', forYear: false })
    expect(entry('P3.17').commentary!.items[0]!.text).toMatch(/^This has been rated as amber/)
    expect(entry('H5').commentary).toBeUndefined()
  })

  it('leaves a target set for a later year off the year-end chart', () => {
    expect(entry('P3.17').series.target).toBeUndefined()
    // A target with no start applies to every year, so it stays.
    const p316 = scorecard.indicators.find((i) => i.ref === 'P3.16')!
    const always = yearSeries({ ...p316, target: { kind: 'number', value: 426 } }, year('2017-18-YE'), periods)
    expect(always.target).toMatchObject({ kind: 'number', value: 426 })
  })

  it('lists indicators without a year-end figure at the end, with the reason', () => {
    const without = new Map(report.withoutFigures.map((w) => [w.indicator.ref, w.reason]))
    expect(without.get('P1.1')).toBe('Not reported for Year end 2017-18.')
    expect(without.get('P2.16')).toBe('Under development for Year end 2017-18.')
    expect(without.get('S2')).toBe('No year-end or annual figures.')
    const entries = report.sections.flatMap((s) => s.entries).length
    expect(entries + report.withoutFigures.length).toBe(scorecard.indicators.length)
  })

  it('summarises the year in sentences built from the entries', () => {
    expect(report.summary[0]).toMatch(/^\d+ indicators have a year-end figure for Year end 2017-18\.$/)
    expect(report.summary.join(' ')).toContain('no year-end figure for Year end 2017-18: they are listed at the end')
  })

  it('cuts the series at the report year', () => {
    const g1 = yearSeries(
      scorecard.indicators.find((i) => i.ref === 'G1')!,
      year('2014-15-YE'),
      periods,
    )
    expect(g1.values.map((v) => v.period).sort()).toEqual(['2013-14-YE', '2014-15-YE'])
  })

  it('is a yearly series whatever the indicator’s own rhythm, so its chart joins one year to the next', () => {
    const g1 = scorecard.indicators.find((i) => i.ref === 'G1')!
    expect(g1.frequency).toBe('quarterly')
    expect(yearSeries(g1, year('2014-15-YE'), periods).frequency).toBe('annual')
  })
})
