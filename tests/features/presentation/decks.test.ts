import { describe, expect, it } from 'vitest'
import { deckOptions, parseRefs, parseSlide, resolveDeck } from '../../../src/features/presentation/decks'
import { loadSeedScorecard } from '../../support/seedFiles'

const scorecard = loadSeedScorecard()
const Q2 = '2018-19-Q2'
const refs = (deck: ReturnType<typeof resolveDeck>) => deck!.slides.map((s) => s.assessment.indicator.ref)

describe('resolveDeck', () => {
  it('a pledge deck holds that pledge’s indicators in scorecard order, by section id or by pledge number', () => {
    const bySection = resolveDeck(scorecard, 'pledge-3', null, Q2)!
    expect(bySection.title).toBe('Priority 3 - Achieving Permanence and Staying Safe')
    expect(refs(bySection)).toEqual(Array.from({ length: 19 }, (_, i) => `P3.${i + 1}`))
    expect(refs(bySection)[16]).toBe('P3.17')
    // Data whose pledge 3 section has another id is still found by ?deck=pledge-3.
    const renamed = {
      ...scorecard,
      sections: scorecard.sections.map((s) => (s.number === 3 ? { ...s, id: 'permanence' } : s)),
      indicators: scorecard.indicators.map((i) => (i.section === 'pledge-3' ? { ...i, section: 'permanence' } : i)),
    }
    expect(refs(resolveDeck(renamed, 'pledge-3', null, Q2))).toEqual(refs(bySection))
    expect(refs(resolveDeck(renamed, 'permanence', null, Q2))).toEqual(refs(bySection))
  })

  it('"all" is every indicator with an entry by the period; an annual health measure shows its latest year and says so', () => {
    const all = resolveDeck(scorecard, 'all', null, Q2)!
    expect(all.slides).toHaveLength(80)
    const h3 = all.slides.find((s) => s.assessment.indicator.ref === 'H3')!
    expect(h3).toMatchObject({ shownInsteadOf: Q2, assessment: { periodId: '2017-18-YE', at: { freshness: 'current' } } })
    const ownQuarter = all.slides.filter((s) => !s.assessment.indicator.ref.startsWith('H'))
    expect(ownQuarter).toHaveLength(67)
    expect(ownQuarter.every((s) => s.assessment.periodId === Q2 && s.shownInsteadOf === undefined)).toBe(true)
  })

  it('"exceptions" is the overview’s list, most serious first', () => {
    const deck = resolveDeck(scorecard, 'exceptions', null, Q2)!
    expect(deck.title).toBe('What needs attention')
    expect(deck.slides[0]!.assessment.rag.rating).toBe('red')
    expect(refs(deck)).toContain('P3.17')
  })

  it('a custom deck keeps the chosen order, shows an indicator without an entry at its latest, and names unknown refs', () => {
    const deck = resolveDeck(scorecard, 'custom', 'P3.17, H3,NOPE,P3.17', Q2)!
    expect(refs(deck)).toEqual(['P3.17', 'H3'])
    expect(deck.slides[1]).toMatchObject({ shownInsteadOf: Q2, assessment: { periodId: '2017-18-YE' } })
    expect(deck.unknownRefs).toEqual(['NOPE'])
  })

  it('an unknown deck name gives no deck', () => {
    expect(resolveDeck(scorecard, 'pledge-9', null, Q2)).toBeUndefined()
    expect(resolveDeck(scorecard, 'nonsense', null, Q2)).toBeUndefined()
  })
})

describe('deck options and URLs', () => {
  it('lists all, exceptions and every section with its slide count', () => {
    const options = deckOptions(scorecard, Q2)
    expect(options.map((o) => [o.id, o.count])).toEqual([
      ['all', 80],
      ['exceptions', resolveDeck(scorecard, 'exceptions', null, Q2)!.slides.length],
      ['general', 3],
      ['pledge-1', 3],
      ['pledge-2', 16],
      ['pledge-3', 19],
      ['pledge-4', 8],
      ['pledge-5', 8],
      ['sufficiency', 10],
      ['health', 13],
    ])
  })

  // Building the deck's URL is paths.present.href's job (tests/lib/paths.test.ts).
  it('reads the URL parameters', () => {
    expect(parseRefs(' P3.16,,P3.17 ,P3.16')).toEqual(['P3.16', 'P3.17'])
    expect(parseRefs(null)).toEqual([])
    expect(parseSlide('4', 19)).toBe(4)
    expect(parseSlide('40', 19)).toBe(19)
    expect(parseSlide('0', 19)).toBe(1)
    expect(parseSlide('abc', 19)).toBe(1)
    expect(parseSlide(null, 19)).toBe(1)
  })
})
