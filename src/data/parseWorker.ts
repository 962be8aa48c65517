// The worker that decodes, parses and validates a large scorecard file off
// the page's main thread (see readScorecardFile.ts), sending the result in parts.
import { parseScorecardJson } from '../domain/parseScorecard'
import { looksLikeHtml } from './fetchDataText'
import { NOT_DATA } from './loadScorecard'
import { splitParseResult, type ParsePart } from './scorecardParts'

type Request = { bytes: ArrayBuffer; file: string }

const failed = (error: unknown): ParsePart => ({ type: 'failed', message: error instanceof Error ? error.message : String(error) })

self.onmessage = (event: MessageEvent<Request>) => {
  const { bytes, file } = event.data
  try {
    // Decoded as response.text() would: UTF-8, a byte-order mark dropped.
    const text = new TextDecoder().decode(bytes)
    if (looksLikeHtml(text)) {
      self.postMessage(failed(new Error(NOT_DATA)))
      return
    }
    // Each part is written as it is sent; a failure part way still ends the load with a message.
    for (const part of splitParseResult(parseScorecardJson(text, file))) self.postMessage(part)
  } catch (error) {
    self.postMessage(failed(error))
  }
}
