// A long list is mapped after the render, in slices; a short one at once.
import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useSlicedMap } from '../../src/lib/useSlicedMap'

const double = (n: number) => n * 2
const range = (n: number) => Array.from({ length: n }, (_, i) => i)

describe('useSlicedMap', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }))
  afterEach(() => vi.useRealTimers())

  it('maps a short list during the render itself', () => {
    const items = range(10)
    const { result } = renderHook(() => useSlicedMap(items, double, 100))
    expect(result.current).toEqual(items.map(double))
  })

  it('gives nothing for a long list until every slice is done, then the whole map in order', () => {
    const items = range(5000)
    let calls = 0
    // Slow enough that one slice cannot hold them all.
    const slow = (n: number) => {
      calls++
      const until = performance.now() + 0.01
      while (performance.now() < until);
      return n * 2
    }
    const { result } = renderHook(() => useSlicedMap(items, slow, 100))
    expect(result.current).toBeUndefined()
    expect(calls).toBe(0) // nothing during the render
    act(() => void vi.advanceTimersToNextTimer())
    expect(calls).toBeGreaterThan(0)
    expect(calls).toBeLessThan(items.length) // one slice, not all
    expect(result.current).toBeUndefined()
    act(() => void vi.runAllTimers())
    expect(result.current).toEqual(items.map(double))
  })

  it('starts again for a new list, never giving the old list`s result for it', () => {
    const first = range(300)
    const second = range(400).map((n) => n + 1000)
    const { result, rerender } = renderHook(({ items }) => useSlicedMap(items, double, 100), { initialProps: { items: first } })
    act(() => void vi.runAllTimers())
    expect(result.current).toEqual(first.map(double))
    rerender({ items: second })
    expect(result.current).toBeUndefined()
    act(() => void vi.runAllTimers())
    expect(result.current).toEqual(second.map(double))
  })
})
