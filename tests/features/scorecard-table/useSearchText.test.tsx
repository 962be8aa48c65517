// The table's search text: filters at once, reaches the URL after a pause or on
// leaving the box, and never writes onto a history entry it was not typed on.
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createMemoryRouter, RouterProvider, useSearchParams } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SEARCH_URL_DELAY_MS, useSearchText } from '../../../src/features/scorecard-table/useSearchText'

function setup(initial = '/scorecard') {
  const writes: string[] = []
  let router: ReturnType<typeof createMemoryRouter> | undefined
  const hook = renderHook(
    () => {
      const [params, setParams] = useSearchParams()
      const search = useSearchText(params.get('q') ?? '', (q) => {
        writes.push(q)
        setParams(q ? { q } : {}, { replace: true })
      })
      return { search, q: params.get('q') ?? '' }
    },
    {
      wrapper: ({ children }: { children: ReactNode }) => {
        // Made once: the wrapper renders again with each update.
        router ??= createMemoryRouter([{ path: '/scorecard', element: children }], { initialEntries: [initial] })
        return <RouterProvider router={router} />
      },
    },
  )
  return { hook, writes, navigate: (to: string) => act(() => void router!.navigate(to)) }
}

describe('useSearchText', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('gives the typed text at once and writes it, trimmed, once typing pauses', () => {
    const { hook, writes } = setup()
    act(() => hook.result.current.search.type(' N'))
    act(() => hook.result.current.search.type(' NEET '))
    expect(hook.result.current.search.text).toBe(' NEET ')
    expect(hook.result.current.search.trimmed).toBe('NEET')
    act(() => void vi.advanceTimersByTime(SEARCH_URL_DELAY_MS - 1))
    expect(writes).toEqual([])
    act(() => void vi.advanceTimersByTime(1))
    expect(writes).toEqual(['NEET'])
    expect(hook.result.current.q).toBe('NEET')
    // The write's own history entry arriving leaves the box alone.
    expect(hook.result.current.search.text).toBe(' NEET ')
  })

  it('writes at once when the box is left, and only once', () => {
    const { hook, writes } = setup()
    act(() => hook.result.current.search.type('adoption'))
    act(() => hook.result.current.search.flush())
    expect(writes).toEqual(['adoption'])
    act(() => void vi.advanceTimersByTime(SEARCH_URL_DELAY_MS * 2))
    expect(writes).toEqual(['adoption'])
  })

  it('writes nothing when the trimmed text is what the URL holds', () => {
    const { hook, writes } = setup('/scorecard?q=NEET')
    act(() => hook.result.current.search.type('NEET '))
    act(() => void vi.advanceTimersByTime(SEARCH_URL_DELAY_MS))
    expect(writes).toEqual([])
  })

  it('follows a URL change it did not make, and drops the write still waiting', () => {
    const { hook, writes, navigate } = setup('/scorecard?q=NEET')
    act(() => hook.result.current.search.type('NEET health'))
    navigate('/scorecard?q=dental')
    expect(hook.result.current.search.text).toBe('dental')
    act(() => void vi.advanceTimersByTime(SEARCH_URL_DELAY_MS * 2))
    expect(writes).toEqual([])
    expect(hook.result.current.q).toBe('dental')
  })

  it('follows another entry with the same search too, putting back what the URL says', () => {
    const { hook, writes, navigate } = setup('/scorecard?q=NEET')
    act(() => hook.result.current.search.type('NEE'))
    navigate('/scorecard?q=NEET&rag=red')
    expect(hook.result.current.search.text).toBe('NEET')
    act(() => void vi.advanceTimersByTime(SEARCH_URL_DELAY_MS * 2))
    expect(writes).toEqual([])
  })
})
