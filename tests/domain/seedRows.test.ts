// The engine on real rows of the 2018-19 Q2 scorecard (document 004).
import { describe, expect, it } from 'vitest'
import { assessIndicator } from '../../src/domain/assessIndicator'
import { formatCell, formatTarget } from '../../src/domain/formatValue'
import { parseScorecardJson } from '../../src/domain/parseScorecard'
import { indexPeriods } from '../../src/domain/periods'
import { readSeedText } from '../support/seedFiles'

const FILE = 'corporate-parenting-scorecard-2018-19-q2.json'
const scorecard = parseScorecardJson(readSeedText(FILE), FILE).scorecard!
const periods = indexPeriods(scorecard.periods)
const Q2 = '2018-19-Q2'
const row = (ref: string) => {
  const indicator = scorecard.indicators.find((i) => i.ref === ref)
  if (!indicator) throw new Error(`no ${ref} in the seed`)
  return indicator
}
const assess = (ref: string, period = Q2) => assessIndicator(row(ref), period, periods)

describe('real scorecard rows, Q2 2018-19', () => {
  it('has all 57 rows, in the six sections of the paper scorecard', () => {
    expect(scorecard.indicators).toHaveLength(57)
    const perSection = Object.fromEntries(
      scorecard.sections.map((s) => [s.id, scorecard.indicators.filter((i) => i.section === s.id).length]),
    )
    expect(perSection).toEqual({ general: 3, 'pledge-1': 3, 'pledge-2': 16, 'pledge-3': 19, 'pledge-4': 8, 'pledge-5': 8 })
  })

  it.each([
    // ref, shown value, RAG, raw direction, meaning
    ['P3.17', '128', 'amber', 'up', 'worsening'],
    ['P2.12', '50%', 'none', 'up', 'worsening'],
    ['P2.15', '57%', 'none', 'up', 'worsening'],
    ['P3.16', '302', 'green', 'up', 'worsening'],
    ['P2.6', '18%', 'red', 'up', 'worsening'],
    ['P2.5', '6%', 'green', 'same', 'no-change'],
    ['P1.2', '95%', 'none', 'down', 'worsening'],
    ['P2.9', '82%', 'none', 'up', 'improving'],
    ['G1', '495', 'none', 'same', 'none'],
    ['P2.7', '0', 'none', 'same', 'no-change'],
  ] as const)('%s: %s, %s, %s (%s)', (ref, shown, rating, raw, meaning) => {
    const a = assess(ref)
    expect(formatCell(a.cell, a.indicator.unit)).toBe(shown)
    expect(a.rag.rating).toBe(rating)
    expect(a.direction).toMatchObject({ raw, meaning })
  })

  it('P3.17 is amber: misses the 121-day target but beats the England average of 226, as the council stated', () => {
    const a = assess('P3.17')
    expect(a.rag).toMatchObject({ rating: 'amber', reported: 'amber', disagreesWithReported: false })
    expect(a.rag.reason).toContain('England average of 226 days')
  })

  it('the 2018-19 targets do not rate the 2017-18 year end', () => {
    expect(assess('P2.6', '2017-18-YE').rag).toMatchObject({ rating: 'none', reason: 'Not rated: the target applies from Q1 2018-19.' })
    expect(assess('P2.6', '2018-19-Q1').rag.rating).toBe('red')
  })

  it('G1 has no polarity, so it is not rated, but its range target is kept', () => {
    const a = assess('G1')
    expect(a.rag.rating).toBe('none')
    expect(formatTarget(a.indicator.target, a.indicator.unit)).toBe('400–450')
  })

  it('P5.3 is suppressed: no value, no direction, no number anywhere in its cells', () => {
    const a = assess('P5.3')
    expect(formatCell(a.cell, a.indicator.unit)).toBe('Suppressed')
    expect(a.direction).toMatchObject({ raw: null, meaning: 'none' })
    expect(a.hasData).toBe(false)
    const suppressed = a.indicator.values.filter((v) => v.kind === 'suppressed')
    expect(suppressed.length).toBeGreaterThan(0)
    for (const cell of suppressed) expect(JSON.stringify(cell)).not.toMatch(/"number"/)
  })

  it('P2.7 zero is a real zero, not a missing value', () => {
    const a = assess('P2.7')
    expect(a.cell).toMatchObject({ kind: 'number', number: 0, printed: '0' })
    expect(a.hasData).toBe(true)
  })

  it('P1.2 keeps its printed precision for the year end', () => {
    expect(
      formatCell(
        row('P1.2').values.find((v) => v.period === '2017-18-YE'),
        'percent',
      ),
    ).toBe('91.0%')
  })

  it('P4.2 year end keeps its alternate figure', () => {
    expect(
      formatCell(
        row('P4.2').values.find((v) => v.period === '2017-18-YE'),
        'percent',
      ),
    ).toBe('57% (alternative figure 63%)')
  })

  it('P3.15 gives no direction across its 16 to 14 month definition change', () => {
    expect(assess('P3.15', '2018-19-Q1').direction).toMatchObject({ raw: null, reason: expect.stringContaining('definition changed') })
    expect(assess('P3.15').direction).toMatchObject({ raw: 'up', meaning: 'improving' })
  })

  it('rows with no data yet stay on the scorecard with their comment', () => {
    for (const ref of ['P2.16', 'P3.7', 'P3.9', 'P4.7', 'P5.5']) {
      const a = assess(ref)
      expect(a.hasData, ref).toBe(false)
      expect(['not-reported', 'under-development']).toContain(a.cell?.kind)
    }
    expect(row('P3.9').commentary[0]?.text).toMatch(/^Data currently under development/)
  })

  it('keeps garbled direction arrows exactly as printed and reads none of them', () => {
    expect(assess('P1.1').printedArrow).toMatchObject({ raw: '\\checkmark', reading: 'unknown', disagrees: false })
    expect(assess('P5.3').printedArrow).toMatchObject({ raw: '÷', reading: 'unknown' })
    expect(assess('G3').printedArrow).toMatchObject({ raw: '1', reading: 'unknown' })
  })

  it('flags a printed arrow that contradicts the figures (P3.1 printed → but fell from 158 to 147)', () => {
    expect(assess('P3.1').printedArrow).toMatchObject({ raw: '→', reading: 'same', disagrees: true })
  })
})
