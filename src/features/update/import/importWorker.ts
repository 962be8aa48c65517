// The import's reading and building, off the page's thread: a large or
// strange workbook keeps the page responsive, shows its progress, and can be
// cancelled (the page ends the worker). Holds the last file it read.
import type { Scorecard } from '../../../domain/scorecardSchema'
import { buildImport, reportOf } from './buildImport'
import type { FromWorker, ToWorker } from './importMessages'
import { outlineOf, readImportSource, type ImportSource } from './readImportSource'

type WorkerScope = { onmessage: ((event: MessageEvent<ToWorker>) => void) | null; postMessage: (message: FromWorker) => void }
const scope = globalThis as unknown as WorkerScope

let source: ImportSource | undefined
/** The last build's scorecard: sent to the page only when the officer confirms. */
let candidate: Scorecard | null = null

scope.onmessage = (event) => {
  const message = event.data
  const say = (reply: FromWorker) => scope.postMessage(reply)
  void (async () => {
    try {
      if (message.type === 'read') {
        source = await readImportSource(message.input, (done, total) =>
          say({ id: message.id, type: 'progress', progress: { stage: 'reading', done, ...(total !== undefined ? { total } : {}) } }),
        )
        say({ id: message.id, type: 'read', outline: outlineOf(source) })
        return
      }
      if (message.type === 'candidate') {
        say({ id: message.id, type: 'candidate', scorecard: candidate })
        return
      }
      if (!source) throw new Error('no file has been read')
      const outcome = buildImport(source, message.base, {
        ...message.options,
        onProgress: (done, total) => say({ id: message.id, type: 'progress', progress: { stage: 'checking', done, total } }),
      })
      candidate = outcome.candidate
      say({ id: message.id, type: 'built', report: reportOf(outcome) })
    } catch (error) {
      say({ id: message.id, type: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
  })()
}
