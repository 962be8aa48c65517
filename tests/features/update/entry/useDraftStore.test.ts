import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DRAFT_STORAGE_KEY, useDraftStorage, useDraftStore, useDraftSync } from '../../../../src/features/update/entry/useDraftStore'

const entry = { mode: 'figure' as const, figure: '501', commentary: 'A small rise.' }

describe('useDraftStore', () => {
  beforeEach(() => {
    localStorage.clear()
    useDraftStore.setState({ periodId: null, drafts: new Map(), updatedAt: null })
    useDraftStorage.setState({ failure: null, keptAt: null, changedElsewhereAt: null })
  })
  afterEach(() => vi.restoreAllMocks())

  it('writes every change to localStorage at once, and a new page load starts from it', async () => {
    useDraftStore.getState().setEntry('2018-19-Q3', 'G1', entry)
    expect(JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY)!).state.drafts).toEqual({ '2018-19-Q3': { G1: entry } })
    vi.resetModules()
    const fresh = await import('../../../../src/features/update/entry/useDraftStore')
    expect(fresh.useDraftStore).not.toBe(useDraftStore)
    expect(fresh.useDraftStore.getState().drafts.get('2018-19-Q3')!.get('G1')).toEqual(entry)
  })

  it('clears one quarter and keeps the others', () => {
    const { setEntry, clearPeriod } = useDraftStore.getState()
    setEntry('2018-19-Q3', 'G1', entry)
    setEntry('2018-19-Q4', 'G1', entry)
    clearPeriod('2018-19-Q3')
    expect([...useDraftStore.getState().drafts.keys()]).toEqual(['2018-19-Q4'])
  })

  it('keeps only well-formed entries from stored data', async () => {
    localStorage.setItem(
      DRAFT_STORAGE_KEY,
      JSON.stringify({
        state: { periodId: 7, drafts: { q: { G1: entry, G2: { mode: 'guess', figure: '1', commentary: '' }, G3: null }, bad: 'x' } },
        version: 1,
      }),
    )
    await useDraftStore.persist.rehydrate()
    expect(useDraftStore.getState()).toMatchObject({ periodId: null, drafts: new Map([['q', new Map([['G1', entry]])]]) })
  })

  // Issue 12: with storage full, every keystroke threw an uncaught QuotaExceededError while the page said the draft was kept.
  it('a write the browser refuses is reported, not thrown, and the next kept write clears it', () => {
    const setItem = Storage.prototype.setItem
    const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key === DRAFT_STORAGE_KEY) throw new DOMException('full', 'QuotaExceededError')
      setItem.call(this, key, value)
    })
    expect(() => useDraftStore.getState().setEntry('2018-19-Q3', 'G1', entry)).not.toThrow()
    expect(useDraftStorage.getState()).toMatchObject({ failure: 'full', keptAt: null })
    expect(useDraftStore.getState().drafts.get('2018-19-Q3')?.get('G1')).toEqual(entry)
    refuse.mockRestore()
    useDraftStore.getState().setEntry('2018-19-Q3', 'G2', entry)
    expect(useDraftStorage.getState().failure).toBeNull()
    expect(useDraftStorage.getState().keptAt).not.toBeNull()
    expect(Object.keys(JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY)!).state.drafts['2018-19-Q3'])).toEqual(['G1', 'G2'])
  })

  it('a write the browser accepts but does not keep is caught by reading it back', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {})
    useDraftStore.getState().setEntry('2018-19-Q3', 'G1', entry)
    expect(useDraftStorage.getState().failure).toBe('not-kept')
  })

  // Issue 12: a hand-edited draft with a "__proto__" key polluted Object.prototype.
  it('a hand-edited draft with "__proto__" keys cannot reach any prototype', async () => {
    localStorage.setItem(
      DRAFT_STORAGE_KEY,
      `{"state":{"drafts":{"__proto__":{"polluted":${JSON.stringify(entry)}},"q":{"__proto__":${JSON.stringify(entry)}}}},"version":1}`,
    )
    await useDraftStore.persist.rehydrate()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(useDraftStore.getState().drafts)).toBe(Map.prototype)
    // "__proto__" is an id like any other: kept as the hand edit has it.
    expect(useDraftStore.getState().drafts.get('__proto__')?.get('polluted')).toEqual(entry)
    expect(useDraftStore.getState().drafts.get('q')?.get('__proto__')).toEqual(entry)
  })

  it.each(['__proto__', 'constructor', 'toString'])('the draft for an indicator with ref %s survives a reload', async (ref) => {
    useDraftStore.getState().setEntry('2018-19-Q3', ref, entry)
    vi.resetModules()
    const fresh = await import('../../../../src/features/update/entry/useDraftStore')
    expect([...(fresh.useDraftStore.getState().drafts.get('2018-19-Q3') ?? new Map())]).toEqual([[ref, entry]])
  })

  // Issue 12: two tabs overwrote each other's drafts.
  it("takes in another tab's draft as it is written, so this tab's next entry keeps both", () => {
    renderHook(() => useDraftSync())
    useDraftStore.getState().setEntry('2018-19-Q3', 'G1', entry)
    // The other tab, which took in G1 the same way, adds G2 and writes the draft.
    const other = JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY)!)
    other.state.drafts['2018-19-Q3'].G2 = { ...entry, figure: '77' }
    localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(other))
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_STORAGE_KEY, newValue: JSON.stringify(other) }))
    })
    expect(useDraftStorage.getState().changedElsewhereAt).not.toBeNull()
    useDraftStore.getState().setEntry('2018-19-Q3', 'G3', entry)
    expect(Object.keys(JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY)!).state.drafts['2018-19-Q3'])).toEqual(['G1', 'G2', 'G3'])
  })

  // Found by the two-tab browser test on a cold start: a write made by another tab after this tab's store had read
  // storage, but before the page listened for storage events, was never taken in.
  it("takes in another tab's draft written before this page started listening", () => {
    const other = { state: { periodId: null, drafts: { '2018-19-Q3': { G1: entry } }, updatedAt: null }, version: 1 }
    localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(other)) // no storage event reaches the page
    expect(useDraftStore.getState().drafts.size).toBe(0)
    renderHook(() => useDraftSync())
    expect(useDraftStore.getState().drafts.get('2018-19-Q3')!.get('G1')).toEqual(entry)
  })
})
