// Loads the scorecard: a manifest lists the files, each file is fetched and
// validated on its own, and the valid parts are merged. A file that fails
// (HTTP error, broken JSON, bad indicators) is reported by name and the rest
// still shows; only a missing manifest or no usable file at all is an error.
// Every message says what went wrong and what the reader can do about it.
import { mergeScorecards } from '../domain/mergeScorecards'
import { parseScorecardJson, type DataIssue, type ParseResult } from '../domain/parseScorecard'
import type { Scorecard } from '../domain/scorecardSchema'
import { fetchDataText, fileNameOf, looksLikeHtml, type FetchOptions } from './fetchDataText'

export type LoadedScorecard = {
  scorecard: Scorecard
  issues: DataIssue[]
  files: string[]
  /** The file each indicator is defined in, by ref (the first, as merging keeps it), to name it in later checks. */
  indicatorFiles?: Record<string, string>
}

export class ScorecardLoadError extends Error {
  constructor(
    message: string,
    readonly issues: DataIssue[] = [],
  ) {
    super(message)
    this.name = 'ScorecardLoadError'
  }
}

export type LoadOptions = FetchOptions & {
  /** Reads a file's text in place of fetching it: the build's prerender reads the bundled files from disk. */
  read?: (url: string) => Promise<string>
  /** Reads and parses a data file in one, in place of `read` and parsing here: the page's reads a large file in a worker (readScorecardFile.ts). */
  readAndParse?: (url: string, file: string) => Promise<ParseResult>
}

/** Why a data file that is a web page was not loaded. */
export const NOT_DATA = 'the server sent a web page instead of the data file.'

const TRY_AGAIN = 'Try again; if it keeps happening, tell whoever publishes the scorecard data.'

type Manifest = { files: string[] }

function isManifest(data: unknown): data is Manifest {
  return (
    typeof data === 'object' &&
    data !== null &&
    Array.isArray((data as Manifest).files) &&
    (data as Manifest).files.every((f) => typeof f === 'string' && f.length > 0)
  )
}

export const SCORECARD_WORDS = { publisher: 'the scorecard data', fail: (message: string) => new ScorecardLoadError(message) }

export async function loadScorecard(manifestUrl: string, options: LoadOptions = {}): Promise<LoadedScorecard> {
  const readText = options.read ?? ((url: string) => fetchDataText(url, options, SCORECARD_WORDS))
  const manifestName = fileNameOf(manifestUrl)
  const manifestText = await readText(manifestUrl)
  if (looksLikeHtml(manifestText)) {
    throw new ScorecardLoadError(
      `The server sent a web page instead of the file list ${manifestName}. The address of the data may be wrong; tell whoever publishes the scorecard data.`,
    )
  }
  let manifest: unknown
  try {
    manifest = JSON.parse(manifestText)
  } catch {
    throw new ScorecardLoadError(`The file list ${manifestName} is damaged (not valid JSON). ${TRY_AGAIN}`)
  }
  if (!isManifest(manifest))
    throw new ScorecardLoadError(`The file list ${manifestName} does not say which files to load (it needs a "files" list).`)

  const base = new URL(manifestUrl, globalThis.location?.href ?? 'http://localhost/')
  const results = await Promise.all(
    manifest.files.map(async (file) => {
      try {
        const url = new URL(file, base).href
        if (options.readAndParse) return { file, ...(await options.readAndParse(url, file)) }
        const text = await readText(url)
        if (looksLikeHtml(text)) throw new ScorecardLoadError(NOT_DATA)
        return { file, ...parseScorecardJson(text, file) }
      } catch (error) {
        if (options.signal?.aborted) throw error
        const message = error instanceof Error ? error.message : String(error)
        const issue: DataIssue = {
          severity: 'error',
          file,
          field: '(file)',
          message: `This file could not be loaded: ${message}`,
          leftOut: { kind: 'file', item: '(file)' },
        }
        return { file, scorecard: null, issues: [issue] }
      }
    }),
  )

  const issues = results.flatMap((r) => r.issues)
  const loaded = results.flatMap((r) => (r.scorecard ? [{ file: r.file, scorecard: r.scorecard }] : []))
  const merged = mergeScorecards(loaded)
  if (!merged.scorecard) {
    const reasons = issues.filter((i) => i.field === '(file)').map((i) => `${i.file}: ${i.message}`)
    throw new ScorecardLoadError(`None of the scorecard files could be loaded. ${reasons.join(' ')}`.trim(), issues)
  }
  const indicatorFiles: Record<string, string> = {}
  for (const { file, scorecard } of loaded) for (const { ref } of scorecard.indicators) indicatorFiles[ref] ??= file
  return { scorecard: merged.scorecard, issues: [...issues, ...merged.issues], files: manifest.files, indicatorFiles }
}
