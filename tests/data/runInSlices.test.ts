// Stepwise work run a slice at a time, each slice a task of its own.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runInSlices } from '../../src/data/runInSlices'

function* counted(steps: number, log: string[]): Generator<void, string, void> {
  for (let i = 1; i <= steps; i++) {
    log.push(`step ${i}`)
    if (i < steps) yield
  }
  return 'done'
}

describe('runInSlices', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }))
  afterEach(() => vi.useRealTimers())

  it('ends without waiting for a task when the work fits in the first slice', async () => {
    const log: string[] = []
    // No timer is advanced: the result comes from microtasks alone.
    await expect(runInSlices(counted(3, log))).resolves.toBe('done')
    expect(log).toEqual(['step 1', 'step 2', 'step 3'])
  })

  it('gives the page a task between slices once a slice has used its time', async () => {
    const log: string[] = []
    // A zero-length slice: one step, then a task for anything else waiting.
    const result = runInSlices(counted(3, log), undefined, 0)
    setTimeout(() => log.push('the page'), 0)
    expect(log).toEqual(['step 1'])
    await vi.runAllTimersAsync()
    await expect(result).resolves.toBe('done')
    // The page's task, queued after the second slice's, runs before the third.
    expect(log).toEqual(['step 1', 'step 2', 'the page', 'step 3'])
  })

  it('stops between slices when the load is given up', async () => {
    const log: string[] = []
    const controller = new AbortController()
    const result = runInSlices(counted(3, log), controller.signal, 0)
    const rejected = expect(result).rejects.toThrow()
    controller.abort()
    await vi.runAllTimersAsync()
    await rejected
    expect(log).toEqual(['step 1'])
  })
})
