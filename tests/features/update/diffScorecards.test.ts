import { beforeAll, describe, expect, it } from 'vitest'
import type { Scorecard } from '../../../src/domain/scorecardSchema'
import { diffScorecards, stableJson, summariseRefs } from '../../../src/features/update/diffScorecards'
import { loadSeedScorecard } from '../../support/seedFiles'

let seed: Scorecard
beforeAll(() => {
  seed = loadSeedScorecard()
})
const edit = (ref: string, change: (i: Scorecard['indicators'][number]) => Scorecard['indicators'][number]): Scorecard => ({
  ...seed,
  indicators: seed.indicators.map((i) => (i.ref === ref ? change(i) : i)),
})

describe('diffScorecards', () => {
  it('finds nothing between a scorecard and itself, or a copy with keys in another order', () => {
    expect(diffScorecards(seed, seed)).toEqual([])
    const reordered = JSON.parse(stableJson(seed)) as Scorecard
    expect(diffScorecards(seed, reordered)).toEqual([])
  })

  it('names each changed item in words, with before and after', () => {
    const after = edit('P5.3', (i) => ({
      ...i,
      polarity: 'low-is-good',
      values: [...i.values, { period: '2018-19-Q3', kind: 'suppressed', printed: 'Supressed', source: { doc: 'x', line: 1 } }],
      commentary: [...i.commentary, { period: '2018-19-Q3', text: 'Still suppressed.', source: { doc: 'x', line: 1 } }],
    }))
    expect(diffScorecards(seed, after).map(({ what, before, after: a }) => [what, before, a])).toEqual([
      ['Polarity', 'No polarity', 'Low is good'],
      ['Q3 2018-19 figure', 'No data', 'Suppressed (typed "Supressed")'],
      ['Q3 2018-19 commentary', '(none)', 'Still suppressed.'],
    ])
  })

  it('lists added and removed indicators', () => {
    const g1 = seed.indicators[0]!
    const after: Scorecard = { ...seed, indicators: [...seed.indicators.slice(1), { ...g1, ref: 'G9' }] }
    expect(diffScorecards(seed, after).map((c) => [c.kind, c.ref])).toEqual([
      ['added', 'G9'],
      ['removed', 'G1'],
    ])
  })

  it('summarises a file by ref: added, updated, unchanged, and current ones not in it', () => {
    const after = edit('G2', (i) => ({ ...i, title: 'Rate' }))
    const withNew: Scorecard = { ...after, indicators: [...after.indicators, { ...seed.indicators[0]!, ref: 'N1' }] }
    const summary = summariseRefs(seed, withNew, new Set(['G1', 'G2', 'N1']))
    expect(summary).toMatchObject({ added: ['N1'], updated: ['G2'], unchanged: ['G1'] })
    expect(summary.notInFile).toHaveLength(seed.indicators.length - 2)
  })
})
