import { beforeEach, describe, expect, it, vi } from 'vitest'
import { COLUMN_STORAGE_KEY, useColumnStore } from '../../../src/features/scorecard-table/useColumnStore'

describe('useColumnStore', () => {
  beforeEach(() => {
    localStorage.clear()
    useColumnStore.setState({ hidden: [] })
  })

  it('saves hidden columns to localStorage, and a new visit starts with them', async () => {
    useColumnStore.getState().toggle('comment')
    useColumnStore.getState().toggle('lead')
    expect(JSON.parse(localStorage.getItem(COLUMN_STORAGE_KEY)!).state).toEqual({ hidden: ['comment', 'lead'] })
    // A fresh copy of the module is a new page load: its store starts from localStorage alone.
    vi.resetModules()
    const fresh = await import('../../../src/features/scorecard-table/useColumnStore')
    expect(fresh.useColumnStore).not.toBe(useColumnStore)
    expect(fresh.useColumnStore.getState().hidden).toEqual(['comment', 'lead'])
  })

  it('shows a column again when toggled twice, and all columns with showAll', () => {
    const { toggle, showAll } = useColumnStore.getState()
    toggle('rag')
    toggle('trend')
    toggle('rag')
    expect(useColumnStore.getState().hidden).toEqual(['trend'])
    showAll()
    expect(useColumnStore.getState().hidden).toEqual([])
  })

  it('drops unknown or repeated column ids from stored data', async () => {
    localStorage.setItem(COLUMN_STORAGE_KEY, JSON.stringify({ state: { hidden: ['comment', 'colour', 42, 'comment'] }, version: 1 }))
    await useColumnStore.persist.rehydrate()
    expect(useColumnStore.getState().hidden).toEqual(['comment'])
  })
})
