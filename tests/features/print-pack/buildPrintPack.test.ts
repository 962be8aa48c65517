import { describe, expect, it } from 'vitest'
import { buildPrintPack } from '../../../src/features/print-pack/buildPrintPack'
import { describeTargetFor } from '../../../src/domain/describeIndicator'
import { indexPeriods } from '../../../src/domain/periods'
import { loadSeedScorecard } from '../../support/seedFiles'

const scorecard = loadSeedScorecard()
const periods = indexPeriods(scorecard.periods)

describe('the committee pack for Q2 2018-19', () => {
  const pack = buildPrintPack(scorecard, '2018-19-Q2')
  const entry = (ref: string) => pack.sections.flatMap((s) => s.entries).find((e) => e.assessment.indicator.ref === ref)!

  it('opens with the quarter’s summary and counts by section', () => {
    expect(pack.period?.label).toBe('Q2 2018-19')
    expect(pack.summary[0]).toBe('56 indicators have a figure for Q2 2018-19.')
    expect(pack.sections.map((s) => s.section.id)).toEqual([
      'general',
      'pledge-1',
      'pledge-2',
      'pledge-3',
      'pledge-4',
      'pledge-5',
      'sufficiency',
      'health',
    ])
    // The 13 health indicators show their latest figures, from 2017-18, labelled as such.
    expect(pack.totals.total).toBe(80)
    expect(pack.sections.reduce((n, s) => n + s.counts.total, 0)).toBe(80)
    expect(entry('H3').assessment.periodId).toBe('2017-18-YE')
    expect(entry('H3').summary).toMatch(/^87\.7% in Year end 2017-18/)
  })

  it('holds each indicator’s figure, target, rating, direction, summary and commentary', () => {
    const p317 = entry('P3.17')
    expect(p317.target).toBe('121 days')
    expect(p317.assessment.rag.rating).toBe('amber')
    expect(p317.assessment.direction.meaning).toBe('worsening')
    expect(p317.summary).toMatch(/^128 days in Q2 2018-19, up from 108 in Q1: worsening/)
    expect(p317.commentary.map((c) => c.text)).toEqual([
      'This has been rated as amber as it now exceeds the national target albeit we are substantially better than the national average.',
    ])
  })

  it('leaves out, and counts, indicators with no entry yet by the period', () => {
    expect(pack.leftOut).toEqual([])
    const early = buildPrintPack(scorecard, '2013-14-YE')
    expect(early.period?.label).toBe('Q4 2013-14')
    expect(early.leftOut.map((i) => i.ref)).toContain('H3')
    expect(early.leftOut.length + early.totals.total).toBe(scorecard.indicators.length)
  })

  it('says when a target starts later than the period', () => {
    const p317 = scorecard.indicators.find((i) => i.ref === 'P3.17')!
    expect(describeTargetFor(p317, '2017-18-YE', periods)).toBe('None for this period (applies from Q1 2018-19)')
    expect(describeTargetFor({ ...p317, target: undefined }, '2018-19-Q2', periods)).toBe('No target')
  })
})
