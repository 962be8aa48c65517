// The seed's indicators that name an official measure: which, how closely,
// that every code is in the dataset, and what the published figures say
// about the council's own for the same dates.
import { describe, expect, it } from 'vitest'
import { checkPublishedFigure } from '../../src/domain/official/checkPublishedFigure'
import { officialYearIndex } from '../../src/domain/official/matchOfficialPeriod'
import { officialLinkIssues } from '../../src/domain/official/officialLinkIssues'
import { decimalsFor } from '../../src/domain/formatValue'
import { readCouncil, readMeasures } from '../support/officialFiles'
import { loadSeedScorecard } from '../support/seedFiles'

const scorecard = loadSeedScorecard()
const measures = readMeasures()

describe('the seed’s links to official measures', () => {
  it('links the indicators whose definitions match, exact or near (near ones say why)', () => {
    const links = scorecard.indicators.filter((i) => i.official).map((i) => [i.ref, i.official!.measure, i.official!.match])
    expect(links).toEqual([
      ['G1', 'LACnum', 'exact'],
      ['G2', 'LAC', 'exact'],
      ['P2.13', 'LAC_19_HE', 'near'],
      ['P2.15', 'CareLeaversNEET', 'exact'],
      ['P3.4', 'LACDistance', 'near'],
      ['P3.12', 'LAC_ceased_SGO%', 'exact'],
      ['P3.14', '%_of LAC Adopted', 'exact'],
      ['P4.3', 'LACHealth%', 'near'],
      ['P5.2', 'CareLeaverAcc', 'exact'],
      ['S2', 'LACDistance', 'near'],
      ['H3', 'LACHealth%', 'exact'],
      ['H4', 'LACDental%', 'exact'],
      ['H5', 'Emotional_LAC', 'near'],
      ['H9', 'LACVaccinations%', 'near'],
      ['H12', 'LACSubstance', 'near'],
    ])
    for (const i of scorecard.indicators.filter((x) => x.official?.match === 'near')) expect(i.official!.note, i.ref).toBeTruthy()
  })

  it('names only measures that are in the official dataset', () => {
    expect(officialLinkIssues(scorecard.indicators, new Set(measures.map((m) => m.code)))).toEqual([])
  })

  it('the units agree, so the figures can sit side by side', () => {
    for (const i of scorecard.indicators.filter((x) => x.official)) {
      expect(measures.find((m) => m.code === i.official!.measure)!.unit, i.ref).toBe(i.unit)
    }
  })

  it('Cheshire East’s own count of cared-for children differs from the published one at 31 March 2017 and 2018', () => {
    const g1 = scorecard.indicators.find((i) => i.ref === 'G1')!
    const lacnum = measures.find((m) => m.code === 'LACnum')!
    const own = readCouncil(895).series.LACnum![0]!
    const checks = g1.values.flatMap((cell) => {
      const period = scorecard.periods.find((p) => p.id === cell.period)!
      const j = officialYearIndex(period, lacnum.years)
      if (j < 0 || cell.kind !== 'number') return []
      return [[cell.period, checkPublishedFigure(cell.number, decimalsFor(cell.number, cell.printed), own[j], lacnum)]]
    })
    expect(checks).toEqual([
      ['2017-18-YE', { kind: 'differs', own: 477, published: 476, difference: 1 }],
      ['2016-17-YE', { kind: 'differs', own: 429, published: 428, difference: 1 }],
    ])
  })
})
