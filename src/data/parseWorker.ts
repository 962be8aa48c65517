// The worker that decodes, parses and validates a large scorecard file off
// the page's main thread (see readScorecardFile.ts), sending the result in parts.
import { parseScorecardJson } from '../domain/parseScorecard'
import { looksLikeHtml } from './fetchDataText'
import { NOT_DATA } from './loadScorecard'
import { splitParseResult, type ParsePart } from './scorecardParts'

type Request = { bytes: ArrayBuffer; file: string }

self.onmessage = (event: MessageEvent<Request>) => {
  const { bytes, file } = event.data
  let parts: ParsePart[]
  try {
    // Decoded as response.text() would: UTF-8, a byte-order mark dropped.
    const text = new TextDecoder().decode(bytes)
    parts = looksLikeHtml(text) ? [{ type: 'failed', message: NOT_DATA }] : splitParseResult(parseScorecardJson(text, file))
  } catch (error) {
    parts = [{ type: 'failed', message: error instanceof Error ? error.message : String(error) }]
  }
  for (const part of parts) self.postMessage(part)
}
