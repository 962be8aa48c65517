import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DRAFT_STORAGE_KEY, useDraftStore } from '../../../../src/features/update/entry/useDraftStore'

const entry = { mode: 'figure' as const, figure: '501', commentary: 'A small rise.' }

describe('useDraftStore', () => {
  beforeEach(() => {
    localStorage.clear()
    useDraftStore.setState({ periodId: null, drafts: {}, updatedAt: null })
  })

  it('writes every change to localStorage at once, and a new page load starts from it', async () => {
    useDraftStore.getState().setEntry('2018-19-Q3', 'G1', entry)
    expect(JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY)!).state.drafts).toEqual({ '2018-19-Q3': { G1: entry } })
    vi.resetModules()
    const fresh = await import('../../../../src/features/update/entry/useDraftStore')
    expect(fresh.useDraftStore).not.toBe(useDraftStore)
    expect(fresh.useDraftStore.getState().drafts['2018-19-Q3']!.G1).toEqual(entry)
  })

  it('clears one quarter and keeps the others', () => {
    const { setEntry, clearPeriod } = useDraftStore.getState()
    setEntry('2018-19-Q3', 'G1', entry)
    setEntry('2018-19-Q4', 'G1', entry)
    clearPeriod('2018-19-Q3')
    expect(Object.keys(useDraftStore.getState().drafts)).toEqual(['2018-19-Q4'])
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
    expect(useDraftStore.getState()).toMatchObject({ periodId: null, drafts: { q: { G1: entry } } })
  })
})
