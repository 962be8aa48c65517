// Versions kept in this browser: apply, undo, go back to the published
// scorecard, restore on start, and keep a local version over a server refetch.
import { QueryClient } from '@tanstack/react-query'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { manifestUrl } from '../../src/data/dataSource'
import type { LoadedScorecard } from '../../src/data/loadScorecard'
import { scorecardQueryKey } from '../../src/data/useScorecard'
import {
  applyLocalScorecard,
  discardLocalScorecards,
  keepLocalScorecard,
  MAX_HISTORY,
  readLocalVersions,
  restoreLocalScorecard,
  restorePreviousScorecard,
  useVersionMeta,
  VERSIONS_STORAGE_KEY,
} from '../../src/data/localScorecardStore'
import { loadSeedScorecard } from '../support/seedFiles'

const key = () => scorecardQueryKey(manifestUrl())
const published = (): LoadedScorecard => ({ scorecard: loadSeedScorecard(), issues: [], files: ['a.json'] })
const titled = (title: string): LoadedScorecard => ({ ...published(), scorecard: { ...loadSeedScorecard(), title } })
const inUse = (client: QueryClient) => client.getQueryData<LoadedScorecard>(key())

function clientWithPublished() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  client.setQueryData(key(), published())
  return client
}

beforeEach(() => {
  localStorage.clear()
  vi.restoreAllMocks()
})

describe('local scorecard versions', () => {
  it('applies a version, keeping the published one for undo, and undoes it', () => {
    const client = clientWithPublished()
    applyLocalScorecard(client, titled('First'), 'Import of a.csv', new Date('2019-01-22T10:00:00Z'))
    expect(inUse(client)!.scorecard.title).toBe('First')
    expect(useVersionMeta.getState()).toMatchObject({
      current: { label: 'Import of a.csv', origin: 'local', savedAt: '2019-01-22T10:00:00.000Z' },
      history: [{ label: 'The published scorecard', origin: 'published' }],
    })

    applyLocalScorecard(client, titled('Second'), 'Q3 2018-19 entered in this browser')
    expect(readLocalVersions().history.map((v) => v.label)).toEqual(['The published scorecard', 'Import of a.csv'])

    expect(restorePreviousScorecard(client)).toBe('Import of a.csv')
    expect(inUse(client)!.scorecard.title).toBe('First')
    expect(restorePreviousScorecard(client)).toBe('The published scorecard')
    expect(inUse(client)!.scorecard.title).toBe('Corporate Parenting Scorecard 2018-19')
    expect(readLocalVersions()).toEqual({ current: null, history: [] })
    expect(restorePreviousScorecard(client)).toBeNull()
  })

  it('keeps at most a few versions for undo', () => {
    const client = clientWithPublished()
    for (let n = 1; n <= MAX_HISTORY + 3; n++) applyLocalScorecard(client, titled(`v${n}`), `v${n}`)
    expect(readLocalVersions().history.map((v) => v.label)).toEqual(['v3', 'v4', 'v5', 'v6', 'v7'])
  })

  it('goes back to the published scorecard, forgetting local versions', () => {
    const client = clientWithPublished()
    applyLocalScorecard(client, titled('First'), 'first')
    discardLocalScorecards(client)
    expect(inUse(client)!.scorecard.title).toBe('Corporate Parenting Scorecard 2018-19')
    expect(localStorage.getItem(VERSIONS_STORAGE_KEY)).toBe(JSON.stringify({ current: null, history: [] }))
  })

  it('restores the version in use on start, before anything is fetched, and only once', () => {
    applyLocalScorecard(clientWithPublished(), titled('Kept'), 'kept')
    const fresh = new QueryClient()
    expect(restoreLocalScorecard(fresh)).toBe(true)
    expect(inUse(fresh)!.scorecard.title).toBe('Kept')
    expect(restoreLocalScorecard(fresh)).toBe(false)
  })

  it('ignores damaged stored data instead of failing', () => {
    localStorage.setItem(VERSIONS_STORAGE_KEY, '{not json')
    expect(restoreLocalScorecard(new QueryClient())).toBe(false)
    localStorage.setItem(
      VERSIONS_STORAGE_KEY,
      JSON.stringify({
        current: { savedAt: 'x', label: 'x', origin: 'local', loaded: { scorecard: { format: 'nope' }, issues: [], files: [] } },
        history: [],
      }),
    )
    const client = new QueryClient()
    expect(restoreLocalScorecard(client)).toBe(false)
    expect(inUse(client)).toBeUndefined()
    expect(readLocalVersions().current).toBeNull()
  })

  it('keeps the local version in use when the published files are fetched again', async () => {
    const client = clientWithPublished()
    applyLocalScorecard(client, titled('Local'), 'local')
    const stop = keepLocalScorecard(client)
    await client.fetchQuery({ queryKey: key(), queryFn: () => published(), staleTime: 0 })
    expect(inUse(client)!.scorecard.title).toBe('Local')
    stop()
  })

  it('says so, and still uses the version, when the browser storage is full', () => {
    const client = clientWithPublished()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    const { storageProblem } = applyLocalScorecard(client, titled('Big'), 'big')
    expect(storageProblem).toMatch(/too large to keep in this browser/)
    expect(inUse(client)!.scorecard.title).toBe('Big')
  })
})
