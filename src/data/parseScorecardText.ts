// Parses a scorecard file's text: a large file in a worker, so the page keeps
// answering input while it is read; a small one here, where it costs less than
// starting a worker would.
import { parseScorecardJson, type ParseResult } from '../domain/parseScorecard'
import { joinParseResult, type ParsePart } from './scorecardParts'

/**
 * Files longer than this (in characters, about bytes) are parsed in a worker.
 * Parse + validate costs about 30 ms per MB here (the bench's figure at 1,000
 * indicators, 4.8 MB), and a phone is a few times slower: 0.5 MB is about
 * 15 ms here, so at most a 50 ms task on a slow phone. Below it, starting the
 * worker (fetching and compiling its code, 50 ms or more) would cost more than
 * it saves; the bundled files are 36–145 kB.
 */
export const WORKER_FROM_CHARS = 500_000

export function parseScorecardText(text: string, file: string): Promise<ParseResult> {
  if (text.length <= WORKER_FROM_CHARS || typeof Worker === 'undefined') return Promise.resolve(parseScorecardJson(text, file))
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module', name: 'parse' })
    const add = joinParseResult()
    worker.onmessage = (event: MessageEvent<ParsePart>) => {
      try {
        const result = add(event.data)
        if (!result) return
        worker.terminate()
        resolve(result)
      } catch (error) {
        worker.terminate()
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      // A worker that cannot start (a strict host, an old browser) is no reason to fail: parse here.
      resolve(parseScorecardJson(text, file))
    }
    worker.postMessage({ text, file })
  })
}
