// Fetches one data file's text with a time limit, turning every way it can
// fail into a message that says what went wrong and what the reader can do.
// Shared by the scorecard loader and the official data loader, which differ
// only in who publishes the data and which error they throw.
import { pluralWord } from '../domain/wording'

export const DEFAULT_TIMEOUT_MS = 30_000

export type FetchOptions = {
  signal?: AbortSignal | undefined
  /** Give up on a request after this long; a hung server must not leave "Loading…" for ever. */
  timeoutMs?: number | undefined
}

export type FetchWords = {
  /** Who to tell: "the scorecard data" → "tell whoever publishes the scorecard data". */
  publisher: string
  /** The error to throw with the message. */
  fail: (message: string) => Error
  /** The file's name in messages; default the last part of its address. */
  name?: string
}

function seconds(ms: number): string {
  const n = ms / 1000
  return `${n.toLocaleString('en-GB', { maximumFractionDigits: 1 })} ${pluralWord(n, 'second')}`
}

export function fileNameOf(url: string): string {
  return url.split('?')[0]!.split('/').pop() || url
}

/** A web page where data was expected usually means a wrong address or a login page. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text)
}

/** A file's bytes as text, as `response.text()` decodes them: UTF-8, a byte-order mark dropped. */
export function decodeText(bytes: ArrayBuffer): string {
  return new TextDecoder().decode(bytes)
}

export function fetchDataText(url: string, options: FetchOptions, words: FetchWords): Promise<string> {
  return fetchDataBody(url, options, words, (response) => response.text())
}

/** As fetchDataText, with the body read by `read`: its bytes, for a large file decoded in a worker. */
export async function fetchDataBody<T>(
  url: string,
  { signal, timeoutMs = DEFAULT_TIMEOUT_MS }: FetchOptions,
  { publisher, fail, name = fileNameOf(url) }: FetchWords,
  read: (response: Response) => Promise<T>,
): Promise<T> {
  const tryAgain = `Try again; if it keeps happening, tell whoever publishes ${publisher}.`
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  let response: Response
  try {
    // No extra headers: the browser reuses the page's preload of a file only for a request like its own.
    response = await fetch(url, { signal: combined })
  } catch (error) {
    if (signal?.aborted) throw error
    if (timeout.aborted) throw fail(`${name} took longer than ${seconds(timeoutMs)} to arrive. ${tryAgain}`)
    throw fail(`Could not reach the server for ${name}. Check your internet connection, then try again.`)
  }
  if (response.status === 404)
    throw fail(`${name} was not found on the server (HTTP 404). The address of the data may be wrong; tell whoever publishes ${publisher}.`)
  if (!response.ok)
    throw fail(
      `The server could not send ${name} (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}). ${tryAgain}`,
    )
  try {
    return await read(response)
  } catch (error) {
    if (signal?.aborted) throw error
    if (timeout.aborted) throw fail(`${name} took longer than ${seconds(timeoutMs)} to arrive. ${tryAgain}`)
    throw fail(`${name} stopped arriving part way through. ${tryAgain}`)
  }
}
