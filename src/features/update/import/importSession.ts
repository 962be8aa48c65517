// One file's import, read once and rebuilt as the officer chooses. In the
// browser the work runs in a worker (importWorker.ts), so the page stays
// responsive and Cancel ends it at once; where there are no workers (tests,
// very old browsers) it runs here, and Cancel drops the answer.
import type { DistributiveOmit } from '../../../domain/cellKinds'
import type { Scorecard } from '../../../domain/scorecardSchema'
import { buildImport, reportOf, type ImportReport } from './buildImport'
import type { BuildOptions, FromWorker, ImportProgress, ToWorker } from './importMessages'
import { outlineOf, readImportSource, type ImportInput, type ImportSource, type SourceOutline } from './readImportSource'

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.')
    this.name = 'ImportCancelled'
  }
}

export type ImportSession = {
  read(input: ImportInput): Promise<SourceOutline>
  build(base: Scorecard, options: BuildOptions): Promise<ImportReport>
  /** The scorecard the last build would give (null when none), to save once confirmed. */
  candidate(): Promise<Scorecard | null>
  /** Stops whatever is running; its promise rejects with ImportCancelled. The session cannot be used again. */
  cancel(): void
}

export function createImportSession(onProgress: (progress: ImportProgress) => void): ImportSession {
  return typeof Worker === 'undefined' ? inThreadSession(onProgress) : workerSession(onProgress)
}

function workerSession(onProgress: (progress: ImportProgress) => void): ImportSession {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'import' })
  let nextId = 1
  const pending = new Map<number, { resolve: (reply: FromWorker) => void; reject: (error: Error) => void }>()
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const reply = event.data
    if (reply.type === 'progress') {
      onProgress(reply.progress)
      return
    }
    const waiting = pending.get(reply.id)
    pending.delete(reply.id)
    if (reply.type === 'failed') waiting?.reject(new Error(reply.message))
    else waiting?.resolve(reply)
  }
  worker.onerror = (event) => {
    event.preventDefault()
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'the import stopped unexpectedly'))
    pending.clear()
  }
  const ask = (message: DistributiveOmit<ToWorker, 'id'>, transfer: Transferable[] = []) =>
    new Promise<FromWorker>((resolve, reject) => {
      const id = nextId++
      pending.set(id, { resolve, reject })
      worker.postMessage({ ...message, id } as ToWorker, transfer)
    })
  return {
    async read(input) {
      // The file's bytes move to the worker rather than being copied.
      const bytes = input.bytes.slice()
      const reply = await ask({ type: 'read', input: { name: input.name, bytes } }, [bytes.buffer])
      if (reply.type !== 'read') throw new Error('the import worker answered out of turn')
      return reply.outline
    },
    async build(base, options) {
      const reply = await ask({ type: 'build', base, options })
      if (reply.type !== 'built') throw new Error('the import worker answered out of turn')
      return reply.report
    },
    async candidate() {
      const reply = await ask({ type: 'candidate' })
      if (reply.type !== 'candidate') throw new Error('the import worker answered out of turn')
      return reply.scorecard
    },
    cancel() {
      worker.terminate()
      for (const waiting of pending.values()) waiting.reject(new ImportCancelled())
      pending.clear()
    },
  }
}

function inThreadSession(onProgress: (progress: ImportProgress) => void): ImportSession {
  let source: ImportSource | undefined
  let candidate: Scorecard | null = null
  let cancelled = false
  const unlessCancelled = <T>(value: T): T => {
    if (cancelled) throw new ImportCancelled()
    return value
  }
  return {
    async read(input) {
      source = unlessCancelled(
        await readImportSource(input, (done, total) => onProgress({ stage: 'reading', done, ...(total !== undefined ? { total } : {}) })),
      )
      return outlineOf(source)
    },
    async build(base, options) {
      if (!source) throw new Error('no file has been read')
      const outcome = buildImport(source, base, { ...options, onProgress: (done, total) => onProgress({ stage: 'checking', done, total }) })
      unlessCancelled(await Promise.resolve())
      candidate = outcome.candidate
      return reportOf(outcome)
    },
    async candidate() {
      return unlessCancelled(candidate)
    },
    cancel() {
      cancelled = true
    },
  }
}
