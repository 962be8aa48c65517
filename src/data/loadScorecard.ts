// Loads the scorecard: a manifest lists the files, each file is fetched and
// validated on its own, and the valid parts are merged. A file that fails
// (HTTP error, broken JSON, bad indicators) is reported by name and the rest
// still shows; only a missing manifest or no usable file at all is an error.
import { mergeScorecards } from '../domain/mergeScorecards'
import { parseScorecardJson, type DataIssue } from '../domain/parseScorecard'
import type { Scorecard } from '../domain/scorecardSchema'

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

type Manifest = { files: string[] }

function isManifest(data: unknown): data is Manifest {
  return (
    typeof data === 'object' &&
    data !== null &&
    Array.isArray((data as Manifest).files) &&
    (data as Manifest).files.every((f) => typeof f === 'string' && f.length > 0)
  )
}

async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  let response: Response
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ScorecardLoadError(`Could not reach ${url}. Check your connection and try again.`)
  }
  if (!response.ok) throw new ScorecardLoadError(`${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`)
  return response.text()
}

function fileNameOf(url: string): string {
  return url.split('?')[0]!.split('/').pop() || url
}

export async function loadScorecard(manifestUrl: string, signal?: AbortSignal): Promise<LoadedScorecard> {
  const manifestText = await fetchText(manifestUrl, signal)
  let manifest: unknown
  try {
    manifest = JSON.parse(manifestText)
  } catch {
    throw new ScorecardLoadError(`The file list ${fileNameOf(manifestUrl)} is not valid JSON.`)
  }
  if (!isManifest(manifest)) throw new ScorecardLoadError(`The file list ${fileNameOf(manifestUrl)} has no "files" list.`)

  const base = new URL(manifestUrl, globalThis.location?.href ?? 'http://localhost/')
  const results = await Promise.all(
    manifest.files.map(async (file) => {
      try {
        const text = await fetchText(new URL(file, base).href, signal)
        return { file, ...parseScorecardJson(text, file) }
      } catch (error) {
        if (signal?.aborted) throw error
        const message = error instanceof Error ? error.message : String(error)
        const issue: DataIssue = { severity: 'error', file, field: '(file)', message: `This file could not be loaded: ${message}` }
        return { file, scorecard: null, issues: [issue] }
      }
    }),
  )

  const issues = results.flatMap((r) => r.issues)
  const loaded = results.flatMap((r) => (r.scorecard ? [{ file: r.file, scorecard: r.scorecard }] : []))
  const merged = mergeScorecards(loaded)
  if (!merged.scorecard) throw new ScorecardLoadError('None of the scorecard files could be loaded.', issues)
  return { scorecard: merged.scorecard, issues: [...issues, ...merged.issues], files: manifest.files }
}
