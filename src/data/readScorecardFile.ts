// Reads a scorecard data file and parses it: a large file's bytes go to a
// worker, which decodes, parses and validates them, so the page keeps
// answering input meanwhile; a small one is read here, where that costs less
// than starting a worker would.
import { parseScorecardJson, type ParseResult } from '../domain/parseScorecard'
import { decodeText, fetchDataBody, looksLikeHtml, type FetchOptions } from './fetchDataText'
import { NOT_DATA, SCORECARD_WORDS, ScorecardLoadError } from './loadScorecard'
import { joinParseResult, type ParsePart } from './scorecardParts'

/**
 * Files larger than this are parsed in a worker. Parse + validate costs about
 * 30 ms per MB here (the bench's figure at 1,000 indicators, 4.8 MB), and a
 * phone is a few times slower: 0.5 MB is about 15 ms here, so at most a 50 ms
 * task on a slow phone. Below it, starting the worker (fetching and compiling
 * its code, 50 ms or more) would cost more than it saves; the bundled files
 * are 36–145 kB.
 */
export const WORKER_FROM_BYTES = 500_000

export async function readScorecardFile(url: string, file: string, options: FetchOptions = {}): Promise<ParseResult> {
  return parseScorecardBytes(await fetchDataBody(url, options, SCORECARD_WORDS, (response) => response.arrayBuffer()), file)
}

/** A data file's bytes, already read, parsed and validated: in a worker when they are many. */
export async function parseScorecardBytes(bytes: ArrayBuffer, file: string): Promise<ParseResult> {
  if (bytes.byteLength > WORKER_FROM_BYTES && typeof Worker !== 'undefined') return parseInWorker(bytes, file)
  return parseHere(bytes, file)
}

function parseHere(bytes: ArrayBuffer, file: string): ParseResult {
  const text = decodeText(bytes)
  if (looksLikeHtml(text)) throw new ScorecardLoadError(NOT_DATA)
  return parseScorecardJson(text, file)
}

function parseInWorker(bytes: ArrayBuffer, file: string): Promise<ParseResult> {
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
        reject(new ScorecardLoadError(error instanceof Error ? error.message : String(error)))
      }
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      // A worker that cannot start (a strict host, an old browser) is no reason to fail: read it here.
      try {
        resolve(parseHere(bytes, file))
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    }
    // Only a copy moves: the original stays for the fallback above.
    const copy = bytes.slice(0)
    worker.postMessage({ bytes: copy, file }, [copy])
  })
}
