// A comparison view opened by its address asks for its official files at once, and only those.
import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { prefetchCompareData } from '../../../src/features/compare/prefetchCompareData'
import { serveOfficial } from '../../support/renderApp'

function prefetched(pathname: string, search = '') {
  serveOfficial()
  const client = new QueryClient()
  prefetchCompareData(client, { pathname, search })
  return client
    .getQueryCache()
    .getAll()
    .map((q) => q.queryKey.join(' '))
    .sort()
}

describe('prefetchCompareData', () => {
  it("fetches /compare's files for the council in the address", () => {
    expect(prefetched('/compare', '?la=895')).toEqual(['official index', 'official la 895', 'official latest', 'official measures'])
  })

  it("adds the council's 2021 neighbours only for that model", () => {
    expect(prefetched('/compare', '?la=895&model=2021')).toContain('official la-2021 895')
    expect(prefetched('/compare', '?la=895')).not.toContain('official la-2021 895')
  })

  it('fetches no council file when the address names none, or something that is no LA number', () => {
    for (const search of ['', '?la=', '?la=abc', '?la=-3', '?la=8.5'])
      expect(prefetched('/compare', search).filter((key) => /^official la(-2021)? /.test(key))).toEqual([])
  })

  it("fetches one measure's page files: the catalogue, both neighbour lists and that measure", () => {
    expect(prefetched('/compare/LACnum', '?la=895')).toEqual(['official index', 'official measure LACnum', 'official neighbours'])
  })

  it('fetches nothing for other views', () => {
    expect(prefetched('/scorecard', '?la=895')).toEqual([])
    expect(prefetched('/indicator/G1')).toEqual([])
  })
})
