import { describe, expect, it } from 'vitest'
import { pairOwnWithPublished } from '../../../src/domain/official/pairOwnWithPublished'
import { indexPeriods } from '../../../src/domain/periods'
import { readCouncil, readMeasures } from '../../support/officialFiles'
import { loadSeedScorecard } from '../../support/seedFiles'

const scorecard = loadSeedScorecard()
const periods = indexPeriods(scorecard.periods)
const measures = readMeasures()
const council = readCouncil(895)
const pairsFor = (ref: string) => {
  const indicator = scorecard.indicators.find((i) => i.ref === ref)!
  const measure = measures.find((m) => m.code === indicator.official!.measure)!
  return pairOwnWithPublished(indicator, periods, measure, council.series[measure.code]![0]!)
}

describe('pairOwnWithPublished', () => {
  it('G1 (exact): the year-end counts against the published 31 March counts, the differences flagged', () => {
    expect(pairsFor('G1').map((p) => [p.period.id, p.official.text, p.published, p.check?.kind, p.flagged])).toEqual([
      ['2016-17-YE', '2017', 428, 'differs', true],
      ['2017-18-YE', '2018', 476, 'differs', true],
    ])
  })

  it('G2 (exact): 62.9 and the published 63 agree at the precision both print', () => {
    expect(pairsFor('G2').map((p) => [p.period.id, p.check?.kind, p.flagged])).toEqual([['2017-18-YE', 'same', false]])
  })

  it('H5 (near): set side by side but never flagged, though 14.0 and 14.1 differ', () => {
    const pairs = pairsFor('H5')
    const year = pairs.find((p) => p.period.id === '2017-18')!
    expect(year).toMatchObject({ published: 14.1, check: { kind: 'differs' }, flagged: false })
  })

  it('P5.2 (exact): a published status is no figure to compare, and no flag', () => {
    const [pair] = pairsFor('P5.2')
    expect(pair).toMatchObject({ published: '-', check: { kind: 'no-published-figure', status: 'no-figure' }, flagged: false })
  })
})
