import { describe, expect, it } from 'vitest'
import { checkOfficialFile } from '../../../src/domain/official/checkOfficialFile'
import { officialLinkIssues } from '../../../src/domain/official/officialLinkIssues'
import { readCatalogue, readCouncil, readIndex, readLatest, readMeasureFile, readNeighbours } from '../../support/officialFiles'

describe('checkOfficialFile', () => {
  it('accepts the committed files', () => {
    expect(checkOfficialFile('index', readIndex(), 'index.json').ok).toBe(true)
    expect(checkOfficialFile('measures', readCatalogue(), 'measures.json').ok).toBe(true)
    expect(checkOfficialFile('latest', readLatest(), 'latest.json').ok).toBe(true)
    expect(checkOfficialFile('neighbours', readNeighbours(), 'neighbours.json').ok).toBe(true)
    expect(checkOfficialFile('council', readCouncil(895), 'la/895.json').ok).toBe(true)
    expect(checkOfficialFile('measure', readMeasureFile('LACnum'), 'measure/LACnum.json').ok).toBe(true)
  })

  it('names the file and what is wrong with it', () => {
    expect(checkOfficialFile('index', [], 'index.json')).toEqual({
      ok: false,
      problem: 'index.json is not an official data file (it holds no JSON object).',
    })
    expect(checkOfficialFile('index', { format: 'official-stats/2' }, 'index.json')).toEqual({
      ok: false,
      problem: 'index.json is not in the official data format this app reads (its format is "official-stats/2", not "official-stats/1").',
    })
    expect(checkOfficialFile('council', { ...readCouncil(895), series: [] }, 'la/895.json')).toEqual({
      ok: false,
      problem: 'la/895.json cannot be read: its "series" is not a table of series.',
    })
    // A council file where a measure file was expected.
    expect(checkOfficialFile('measure', readCouncil(895), 'measure/LACnum.json')).toMatchObject({ ok: false })
  })
})

describe('officialLinkIssues', () => {
  it('reports an unknown measure code by file, ref and field', () => {
    const codes = new Set(readCatalogue().measures.map((m) => m.code))
    const issues = officialLinkIssues(
      [
        { ref: 'G1', official: { measure: 'LACnum', match: 'exact' } },
        { ref: 'X1', official: { measure: 'LACnumber', match: 'exact' } },
        { ref: 'X2' },
      ],
      codes,
      { X1: 'mine.json' },
    )
    expect(issues).toEqual([
      {
        severity: 'error',
        file: 'mine.json',
        ref: 'X1',
        field: 'official.measure',
        message:
          '"LACnumber" is not a measure in the official dataset (public/official/measures.json); the published figures are not shown for X1.',
      },
    ])
  })
})
