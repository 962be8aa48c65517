// Loads the scorecard: a manifest lists the files, each file is fetched and
// validated on its own, and the valid parts are merged. A file that fails
// (HTTP error, broken JSON, bad indicators) is reported by name and the rest
// still shows; only a missing manifest or no usable file at all is an error.
// Every message says what went wrong and what the reader can do about it.
import { mergeScorecards } from '../domain/mergeScorecards'
import { parseScorecardJson, type DataIssue } from '../domain/parseScorecard'
import type { Scorecard } from '../domain/scorecardSchema'
import { pluralWord } from '../domain/wording'

export type LoadedScorecard = {
  scorecard: Scorecard
  issues: DataIssue[]
  files: string[]
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

export type LoadOptions = {
  signal?: AbortSignal
  /** Give up on a request after this long; a hung server must not leave "Loading…" for ever. */
  timeoutMs?: number
  /** Reads a file's text in place of fetching it: the build's prerender reads the bundled files from disk. */
  read?: (url: string) => Promise<string>
}

export const DEFAULT_TIMEOUT_MS = 30_000
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

function seconds(ms: number): string {
  const n = ms / 1000
  return `${n.toLocaleString('en-GB', { maximumFractionDigits: 1 })} ${pluralWord(n, 'second')}`
}

function fileNameOf(url: string): string {
  return url.split('?')[0]!.split('/').pop() || url
}

async function fetchText(url: string, { signal, timeoutMs = DEFAULT_TIMEOUT_MS }: LoadOptions): Promise<string> {
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  const name = fileNameOf(url)
  let response: Response
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } })
  } catch (error) {
    if (signal?.aborted) throw error
    if (timeout.aborted) throw new ScorecardLoadError(`${name} took longer than ${seconds(timeoutMs)} to arrive. ${TRY_AGAIN}`)
    throw new ScorecardLoadError(`Could not reach the server for ${name}. Check your internet connection, then try again.`)
  }
  if (response.status === 404)
    throw new ScorecardLoadError(
      `${name} was not found on the server (HTTP 404). The address of the data may be wrong; tell whoever publishes the scorecard data.`,
    )
  if (!response.ok)
    throw new ScorecardLoadError(
      `The server could not send ${name} (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}). ${TRY_AGAIN}`,
    )
  try {
    return await response.text()
  } catch (error) {
    if (signal?.aborted) throw error
    if (timeout.aborted) throw new ScorecardLoadError(`${name} took longer than ${seconds(timeoutMs)} to arrive. ${TRY_AGAIN}`)
    throw new ScorecardLoadError(`${name} stopped arriving part way through. ${TRY_AGAIN}`)
  }
}

/** A web page where data was expected usually means a wrong address or a login page. */
function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text)
}

export async function loadScorecard(manifestUrl: string, options: LoadOptions = {}): Promise<LoadedScorecard> {
  const readText = options.read ?? ((url: string) => fetchText(url, options))
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
        const text = await readText(new URL(file, base).href)
        if (looksLikeHtml(text)) throw new ScorecardLoadError('the server sent a web page instead of the data file.')
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
  return { scorecard: merged.scorecard, issues: [...issues, ...merged.issues], files: manifest.files }
}
