// Rows drawn in steps once the count grows: the first render is complete, a fall is at once.
import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useCountInSteps } from '../../src/lib/useCountInSteps'

/** Every count the hook gives while frames and timers run, until it settles. */
async function countsUntilSettled(result: { current: number }): Promise<number[]> {
  const seen = [result.current]
  for (let i = 0; i < 40; i++) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(8)
    })
    if (result.current !== seen.at(-1)) seen.push(result.current)
  }
  return seen
}

describe('useCountInSteps', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] }))
  afterEach(() => vi.useRealTimers())

  it('draws everything on the first render, however many (a prerendered page is adopted as it is)', async () => {
    const { result } = renderHook(() => useCountInSteps(80, 25))
    expect(await countsUntilSettled(result)).toEqual([80])
  })

  it('grows a step at once and a step after each frame when the count rises', async () => {
    const { result, rerender } = renderHook(({ target }) => useCountInSteps(target, 25), { initialProps: { target: 0 } })
    rerender({ target: 100 })
    expect(await countsUntilSettled(result)).toEqual([25, 50, 75, 100])
  })

  it('past four steps, adds as many again as are drawn, so a large count takes a few frames ("Show all" of 10,000)', async () => {
    const { result, rerender } = renderHook(({ target }) => useCountInSteps(target, 25), { initialProps: { target: 100 } })
    rerender({ target: 10_000 })
    expect(await countsUntilSettled(result)).toEqual([125, 250, 500, 1000, 2000, 4000, 8000, 10_000])
  })

  it('follows a target that changes while it is stepping', async () => {
    const { result, rerender } = renderHook(({ target }) => useCountInSteps(target, 25), { initialProps: { target: 0 } })
    rerender({ target: 1000 })
    expect(result.current).toBe(25)
    rerender({ target: 40 })
    expect(result.current).toBe(40)
    expect(await countsUntilSettled(result)).toEqual([40])
  })

  it('falls at once, and rises again in steps from there', async () => {
    const { result, rerender } = renderHook(({ target }) => useCountInSteps(target, 25), { initialProps: { target: 80 } })
    rerender({ target: 3 })
    expect(result.current).toBe(3)
    rerender({ target: 80 })
    expect(await countsUntilSettled(result)).toEqual([28, 53, 78, 80])
  })

  it('stops stepping when unmounted', async () => {
    const { result, rerender, unmount } = renderHook(({ target }) => useCountInSteps(target, 10), { initialProps: { target: 0 } })
    rerender({ target: 100 })
    expect(result.current).toBe(10)
    unmount()
    expect(vi.getTimerCount()).toBe(0)
  })
})
