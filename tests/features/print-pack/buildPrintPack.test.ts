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
    ])
    expect(pack.totals.total).toBe(67)
    expect(pack.sections.reduce((n, s) => n + s.counts.total, 0)).toBe(67)
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

  it('leaves out, and counts, indicators with no entry for the period', () => {
    expect(pack.leftOut.map((i) => i.ref)).toContain('H3')
    expect(pack.leftOut).toHaveLength(scorecard.indicators.length - 67)
  })

  it('says when a target starts later than the period', () => {
    const p317 = scorecard.indicators.find((i) => i.ref === 'P3.17')!
    expect(describeTargetFor(p317, '2017-18-YE', periods)).toBe('None for this period (applies from Q1 2018-19)')
    expect(describeTargetFor({ ...p317, target: undefined }, '2018-19-Q2', periods)).toBe('No target')
  })
})
