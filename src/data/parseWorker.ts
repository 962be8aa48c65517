// The worker that parses and validates a large scorecard file off the page's
// main thread (see parseScorecardText.ts), sending the result in parts.
import { parseScorecardJson } from '../domain/parseScorecard'
import { splitParseResult, type ParsePart } from './scorecardParts'

type Request = { text: string; file: string }

self.onmessage = (event: MessageEvent<Request>) => {
  const { text, file } = event.data
  let parts: ParsePart[]
  try {
    parts = splitParseResult(parseScorecardJson(text, file))
  } catch (error) {
    parts = [{ type: 'failed', message: error instanceof Error ? error.message : String(error) }]
  }
  for (const part of parts) self.postMessage(part)
}
