// Versions kept in this browser: apply, undo, go back to the published
// scorecard, restore on start, and keep a local version over a server refetch.
// The scorecard query reads them, so "in use" here is what that query gives.
import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LoadedScorecard } from '../../src/data/loadScorecard'
import {
  discardLocalVersions,
  MAX_HISTORY,
  readLocalVersions,
  restorePreviousVersion,
  saveLocalVersion,
  VERSIONS_STORAGE_KEY,
} from '../../src/data/localScorecardStore'
import { LocalStorageWriteError } from '../../src/data/checkedStorage'
import { scorecardQuery } from '../../src/data/useScorecard'
import { storageProblemMessage } from '../../src/features/update/versions/storageProblemMessage'
import { serveSeeds } from '../support/renderApp'
import { loadSeedScorecard } from '../support/seedFiles'

const PUBLISHED_TITLE = 'Corporate Parenting Scorecard 2018-19'
const published = (): LoadedScorecard => ({ scorecard: loadSeedScorecard(), issues: [], files: ['a.json'] })
const titled = (title: string): LoadedScorecard => ({ ...published(), scorecard: { ...loadSeedScorecard(), title } })
/** What the scorecard query gives now: run again, as a refetch does. */
const inUse = (client: QueryClient) => client.fetchQuery({ ...scorecardQuery(), staleTime: 0 })
const restorePreviousScorecard = () => restorePreviousVersion()?.restored.label ?? null

/** Counts requests for the published files. */
function countFetches() {
  const spy = vi.spyOn(globalThis, 'fetch')
  return () => spy.mock.calls.length
}

function clientWithPublished() {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } })
}

/** Storage that refuses writes of the versions with `name` (other keys still work). */
function refuseVersionWrites(name: string, allowWhen: (value: string) => boolean = () => false) {
  const setItem = Storage.prototype.setItem
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
    if (key === VERSIONS_STORAGE_KEY && !allowWhen(value)) throw new DOMException('refused', name)
    setItem.call(this, key, value)
  })
}

beforeEach(() => {
  localStorage.clear()
  vi.restoreAllMocks()
  serveSeeds()
})
afterEach(() => {
  vi.restoreAllMocks()
  // A refused write leaves its version in use on this "page": a kept write ends that.
  discardLocalVersions()
})

describe('local scorecard versions', () => {
  it('applies a version, keeping the published one for undo, and undoes it', async () => {
    const client = clientWithPublished()
    saveLocalVersion(published(), titled('First'), 'Import of a.csv', new Date('2019-01-22T10:00:00Z'))
    expect((await inUse(client)).scorecard.title).toBe('First')
    expect((await inUse(client)).versions).toMatchObject({
      current: { label: 'Import of a.csv', origin: 'local', savedAt: '2019-01-22T10:00:00.000Z' },
      history: [{ label: 'The published scorecard', origin: 'published' }],
    })

    saveLocalVersion(titled('First'), titled('Second'), 'Q3 2018-19 entered in this browser')
    expect(readLocalVersions().history.map((v) => v.label)).toEqual(['The published scorecard', 'Import of a.csv'])

    expect(restorePreviousScorecard()).toBe('Import of a.csv')
    expect((await inUse(client)).scorecard.title).toBe('First')
    expect(restorePreviousScorecard()).toBe('The published scorecard')
    expect((await inUse(client)).scorecard.title).toBe(PUBLISHED_TITLE)
    expect(readLocalVersions()).toEqual({ current: null, history: [] })
    expect(restorePreviousScorecard()).toBeNull()
  })

  it('keeps at most a few versions for undo', () => {
    for (let n = 1; n <= MAX_HISTORY + 3; n++) saveLocalVersion(published(), titled(`v${n}`), `v${n}`)
    expect(readLocalVersions().history.map((v) => v.label)).toEqual(['v3', 'v4', 'v5', 'v6', 'v7'])
  })

  it('goes back to the published scorecard, forgetting local versions', async () => {
    const client = clientWithPublished()
    saveLocalVersion(published(), titled('First'), 'first')
    discardLocalVersions()
    expect((await inUse(client)).scorecard.title).toBe(PUBLISHED_TITLE)
    expect(localStorage.getItem(VERSIONS_STORAGE_KEY)).toBe(JSON.stringify({ current: null, history: [] }))
  })

  it('restores the version in use on start, before anything is fetched', async () => {
    saveLocalVersion(published(), titled('Kept'), 'kept')
    const fetches = countFetches()
    const fresh = new QueryClient()
    await fresh.prefetchQuery(scorecardQuery())
    expect(fresh.getQueryData(scorecardQuery().queryKey)!.scorecard.title).toBe('Kept')
    expect(fetches()).toBe(0)
  })

  it('with nothing saved, loads the published files', async () => {
    const fetches = countFetches()
    const loaded = await inUse(clientWithPublished())
    expect(loaded.scorecard.title).toBe(PUBLISHED_TITLE)
    expect(loaded.versions).toEqual({ current: null, history: [], refused: false })
    expect(fetches()).toBeGreaterThan(0)
  })

  it('ignores damaged stored data instead of failing', async () => {
    localStorage.setItem(VERSIONS_STORAGE_KEY, '{not json')
    expect((await inUse(clientWithPublished())).scorecard.title).toBe(PUBLISHED_TITLE)
    localStorage.setItem(
      VERSIONS_STORAGE_KEY,
      JSON.stringify({
        current: { savedAt: 'x', label: 'x', origin: 'local', loaded: { scorecard: { format: 'nope' }, issues: [], files: [] } },
        history: [],
      }),
    )
    const client = new QueryClient()
    expect((await inUse(client)).scorecard.title).toBe(PUBLISHED_TITLE)
    expect(readLocalVersions().current).toBeNull()
  })

  it('keeps the local version in use when the published files are fetched again', async () => {
    const client = clientWithPublished()
    saveLocalVersion(published(), titled('Local'), 'local')
    await client.fetchQuery({ ...scorecardQuery(), staleTime: 0 })
    await client.invalidateQueries({ queryKey: scorecardQuery().queryKey })
    expect((await inUse(client)).scorecard.title).toBe('Local')
  })

  it('says so, and still uses the version, when the browser storage is full', async () => {
    const client = clientWithPublished()
    refuseVersionWrites('QuotaExceededError')
    let storageProblem: string | null = null
    try {
      saveLocalVersion(published(), titled('Big'), 'big')
    } catch (error) {
      storageProblem = storageProblemMessage(error as Error)
    }
    expect(storageProblem).toMatch(/too large to keep in this browser/)
    expect((await inUse(client)).scorecard.title).toBe('Big')
  })
})

describe('what storage holds is checked like a data file', () => {
  const store = (value: unknown) => localStorage.setItem(VERSIONS_STORAGE_KEY, typeof value === 'string' ? value : JSON.stringify(value))
  const version = (scorecard: unknown) => ({
    savedAt: '2019-01-22T10:00:00.000Z',
    label: 'Import of q3.csv',
    origin: 'local',
    loaded: { scorecard, issues: [], files: ['a.json'] },
  })

  it.each<[string, string, RegExp]>([
    ['not JSON', '{"current": {', /damaged \(not valid JSON\)/],
    ['a list', '[1, 2]', /not the versions this app keeps/],
    ['a version of the wrong shape', JSON.stringify({ current: { label: 7 }, history: [] }), /not in the form this app keeps/],
    [
      'issues that are not issues',
      JSON.stringify({ current: { ...version({}), loaded: { scorecard: {}, issues: [{ message: {} }], files: [] } } }),
      /not in the form/,
    ],
    [
      'a scorecard that is not one',
      JSON.stringify({ current: version({ format: 'nope' }), history: [] }),
      /\(Import of q3\.csv\) is not a valid scorecard \(format: /,
    ],
    ['a "__proto__" key at the top', '{"__proto__": {"polluted": true}, "current": null, "history": []}', /"__proto__" key/],
  ])('%s is refused with a message, and the published scorecard is used', async (_what, raw, message) => {
    store(raw)
    const loaded = await inUse(clientWithPublished())
    expect(loaded.scorecard.title).toBe(PUBLISHED_TITLE)
    expect(loaded.issues[0]).toMatchObject({ severity: 'error', file: 'saved in this browser', field: '(file)', message })
    expect(loaded.issues[0]!.message).toMatch(/The published scorecard is shown instead/)
    expect(loaded.versions).toMatchObject({ current: null, refused: true })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a "__proto__" key deep inside a saved scorecard', async () => {
    const scorecard = JSON.stringify(titled('Hostile').scorecard).replace('"indicators":[{', '"indicators":[{"__proto__":{"isAdmin":true},')
    store(`{"current":${JSON.stringify(version('SCORECARD')).replace('"SCORECARD"', scorecard)},"history":[]}`)
    const loaded = await inUse(clientWithPublished())
    expect(loaded.scorecard.title).toBe(PUBLISHED_TITLE)
    expect(loaded.issues[0]!.message).toMatch(/"__proto__" key, which this app never writes/)
  })

  it('a valid saved scorecard is used, with any part it lost said as a problem', async () => {
    const scorecard = titled('Saved').scorecard
    const broken = { ...scorecard, indicators: [...scorecard.indicators, { ref: 'X1' }] }
    store({ current: version(broken), history: [] })
    const loaded = await inUse(clientWithPublished())
    expect(loaded.scorecard.title).toBe('Saved')
    expect(loaded.scorecard.indicators).toHaveLength(scorecard.indicators.length)
    expect(loaded.issues.some((i) => i.file === 'saved in this browser' && i.severity === 'error')).toBe(true)
  })
})

describe('writing: what the browser refuses is an error with its reason', () => {
  it('full storage drops the oldest versions first, and says so', () => {
    for (let n = 1; n <= 3; n++) saveLocalVersion(published(), titled(`v${n}`), `v${n}`)
    // Room for at most two versions of history.
    refuseVersionWrites('QuotaExceededError', (value) => (JSON.parse(value) as { history: unknown[] }).history.length <= 2)
    expect(saveLocalVersion(published(), titled('v4'), 'v4')).toEqual({ droppedHistory: true })
    expect(readLocalVersions().history.map((v) => v.label)).toEqual(['v2', 'v3'])
  })

  it('keeping only the last few versions is not storage trouble', () => {
    for (let n = 1; n <= MAX_HISTORY; n++) saveLocalVersion(published(), titled(`v${n}`), `v${n}`)
    expect(saveLocalVersion(published(), titled('last'), 'last')).toEqual({ droppedHistory: false })
  })

  it.each([
    ['QuotaExceededError', 'full'],
    ['SecurityError', 'blocked'],
    ['InvalidStateError', 'failed'],
  ])('%s is a LocalStorageWriteError (%s), and the version is in use until storage changes', async (name, failure) => {
    const client = clientWithPublished()
    saveLocalVersion(published(), titled('Kept'), 'kept')
    refuseVersionWrites(name)
    let thrown: unknown
    try {
      saveLocalVersion(titled('Kept'), titled('Not kept'), 'not kept')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(LocalStorageWriteError)
    expect((thrown as LocalStorageWriteError).failure).toBe(failure)
    expect((await inUse(client)).scorecard.title).toBe('Not kept')
    // What storage still holds is what a reload gives; once it changes (another tab), it is the truth again.
    vi.restoreAllMocks()
    expect(JSON.parse(localStorage.getItem(VERSIONS_STORAGE_KEY)!).current.label).toBe('kept')
    localStorage.setItem(VERSIONS_STORAGE_KEY, JSON.stringify({ current: null, history: [] }))
    expect((await inUse(client)).scorecard.title).toBe(PUBLISHED_TITLE)
  })
})
