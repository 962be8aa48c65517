// The /compare summary: every count it states is the count of rows it is
// about, and every measure it names is one of the worst or best rows.
import { describe, expect, it } from 'vitest'
import { compareCouncil, modelName } from '../../../src/domain/official/compareCouncil'
import { shortfallAgainstNeighbours, sortWorstAgainstNeighbours } from '../../../src/domain/official/compareMeasure'
import { summariseComparison } from '../../../src/domain/official/summariseComparison'
import { readCouncil, readIndex, readLatest, readMeasures } from '../../support/officialFiles'

const measures = readMeasures()
const areas = readIndex().areas

function rowsFor(la: number) {
  const council = areas.find((a) => a.la === la)!
  return { council, rows: compareCouncil({ council, measures, file: readCouncil(la), latest: readLatest(), model: '2025' }) }
}

describe('summariseComparison', () => {
  it.each([895, 330, 202])('states counts worked out from the rows (%d)', (la) => {
    const { council, rows } = rowsFor(la)
    const judged = rows.filter((r) => r.measure.polarity !== 'none')
    const a = judged.filter((r) => r.band?.band === 'A').length
    const d = judged.filter((r) => r.band?.band === 'D').length
    const summary = summariseComparison(rows, council.name, modelName('2025'))
    expect(summary).toMatchObject({ withPolarity: judged.length, topQuartile: a, bottomQuartile: d })
    expect(summary.sentences[0]).toContain(
      `Of ${judged.length} measures with a polarity (where higher or lower is better), ${council.name} is in the top quartile of English councils (band A) on ${a} and the bottom quartile (band D) on ${d}`,
    )
    const worse = judged.filter((r) => r.gapToNeighbours?.word === 'worse').length
    const better = judged.filter((r) => r.gapToNeighbours?.word === 'better').length
    expect(summary.sentences[1]).toContain(`it is better on ${better} and worse on ${worse} of the`)
    expect(summary.sentences[1]).toContain('the DfE’s 2025 statistical-neighbour model')
    // The gaps it names are the three furthest behind.
    const worst = sortWorstAgainstNeighbours(judged)
      .filter((r) => (shortfallAgainstNeighbours(r) ?? 0) > 0)
      .slice(0, 3)
    for (const r of worst) expect(summary.sentences[2]).toContain(r.measure.title)
  })

  it('Cheshire East, 2025: the figures a councillor reads', () => {
    const { council, rows } = rowsFor(895)
    const [bands, neighbours, gaps] = summariseComparison(rows, council.name, modelName('2025')).sentences
    expect(bands).toBe(
      'Of 75 measures with a polarity (where higher or lower is better), Cheshire East is in the top quartile of English councils (band A) on 30 and the bottom quartile (band D) on 11, each in its latest year; 6 measures have no band (no figure for the latest year, or the DfE gives none).',
    )
    expect(neighbours).toBe(
      'Against the average of its statistical neighbours (the DfE’s 2025 statistical-neighbour model), it is better on 51 and worse on 20 of the 71 measures both have a figure for.',
    )
    expect(gaps).toMatch(
      /^Allowing for how widely councils differ on each measure, the biggest gaps behind its neighbours are Percentage of agency social workers \(31\.3%; neighbours 8\.5%; year ending 30 September 2025\)/,
    )
  })

  it('says so when nothing has a polarity', () => {
    const { council, rows } = rowsFor(895)
    const none = rows.filter((r) => r.measure.polarity === 'none')
    expect(summariseComparison(none, council.name, modelName('2025')).sentences).toEqual([
      'No measure shown has a polarity, so none says whether Cheshire East is doing better or worse.',
    ])
  })
})
