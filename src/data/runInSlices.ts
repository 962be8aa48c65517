/** Time given to work between two chances for the page to paint and answer input (here and in useSlicedMap). */
export const SLICE_MS = 8

/**
 * Runs a stepwise generator (one that pauses with a bare `yield`, such as
 * scorecardPointsInSteps) a few milliseconds at a time, in tasks of their
 * own, and gives what it returns. Work that ends within the first slice ends
 * without waiting for a task.
 */
export async function runInSlices<R>(steps: Generator<void, R, void>, signal?: AbortSignal, sliceMs = SLICE_MS): Promise<R> {
  for (;;) {
    const until = performance.now() + sliceMs
    let step = steps.next()
    while (!step.done && performance.now() < until) step = steps.next()
    if (step.done) return step.value
    await new Promise((resolve) => setTimeout(resolve, 0))
    signal?.throwIfAborted()
  }
}
