import { startTransition, useEffect, useMemo, useState } from 'react'
import { SLICE_MS } from '../data/runInSlices'

/**
 * Lists at least this long are worked through in slices. Assessing an
 * indicator (RAG, direction) costs about 10 µs here and a few times that on a
 * phone, so 2,000 at once is about 20 ms here and within a 50 ms task on a
 * slow phone; a council's scorecard (80 in the seed) is far below it.
 */
export const SLICE_FROM_ITEMS = 2000
/** Items done between two looks at the clock. */
const CHECK_EVERY = 100

/**
 * `items.map(fn)`. A short list is mapped while rendering, so the first
 * render is already complete (a prerendered page is adopted as it is); a
 * long one is mapped in slices of a few milliseconds after the render, and
 * until then this gives undefined, so the page can say it is working rather
 * than stop answering. `fn` must keep its identity while its result would
 * not change (useMemo it): a new `items` or `fn` starts again.
 */
export function useSlicedMap<T, R>(items: readonly T[], fn: (item: T) => R, sliceFrom = SLICE_FROM_ITEMS): readonly R[] | undefined {
  const sliced = items.length >= sliceFrom
  const atOnce = useMemo(() => (sliced ? undefined : items.map(fn)), [sliced, items, fn])
  const [done, setDone] = useState<{ items: readonly T[]; fn: (item: T) => R; result: R[] } | undefined>(undefined)

  useEffect(() => {
    if (!sliced) return
    const result: R[] = []
    let timer: ReturnType<typeof setTimeout> | undefined
    const step = () => {
      const until = performance.now() + SLICE_MS
      while (result.length < items.length && performance.now() < until) {
        const end = Math.min(items.length, result.length + CHECK_EVERY)
        for (let i = result.length; i < end; i++) result.push(fn(items[i]!))
      }
      if (result.length < items.length) timer = setTimeout(step, 0)
      // In a transition: the page drawn from 10,000 results (sorted, grouped) is
      // rendered in slices that yield to the browser, not in one long task.
      else startTransition(() => setDone({ items, fn, result }))
    }
    timer = setTimeout(step, 0)
    return () => clearTimeout(timer)
  }, [sliced, items, fn])

  if (!sliced) return atOnce
  return done?.items === items && done.fn === fn ? done.result : undefined
}
