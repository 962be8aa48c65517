// The words for a RAG rating and a direction of travel: the ones the app
// computes, as every view and download says them, and the ones a source
// printed, as a download says them: the rating, or what the arrow reads as,
// never the glyph as transcribed ("$\downarrow$", "\checkmark"). What cannot
// be read says so. The importer reads these words back (readRagText,
// readPrintedArrow), so a download imported again changes nothing.
import { readPrintedArrow, type DirectionResult } from './computeDirection'
import type { RagRating } from './computeRag'
import type { ReportedStatus } from './scorecardSchema'

export const RAG_WORDS: Record<RagRating, string> = { red: 'Red', amber: 'Amber', green: 'Green', none: 'Not rated' }

/** The direction in words: "Up, worsening", "Down", "No real change", "No direction". */
export function directionWords(direction: Pick<DirectionResult, 'raw' | 'meaning'>): string {
  if (direction.raw === null) return 'No direction'
  const movement = direction.raw === 'same' ? 'No real change' : direction.raw === 'up' ? 'Up' : 'Down'
  if (direction.meaning === 'none' || direction.meaning === 'no-change') return movement
  return `${movement}, ${direction.meaning}`
}

/** Said of a rating or an arrow the source printed that cannot be read. */
export const UNREADABLE_IN_SOURCE = 'unreadable in the source'

/** The RAG the source printed, in words: "Amber"; UNREADABLE_IN_SOURCE for printed words that are not a rating; '' for none. */
export function printedRagWords(reported: Pick<ReportedStatus, 'rag' | 'ragRaw'> | undefined): string {
  if (reported?.rag) return RAG_WORDS[reported.rag]
  return (reported?.ragRaw ?? '').trim() !== '' ? UNREADABLE_IN_SOURCE : ''
}

const PRINTED_ARROW_WORDS = { up: 'Up', down: 'Down', same: 'No change' } as const

/** The direction arrow the source printed, as what it reads as: "Up", "Down", "No change"; UNREADABLE_IN_SOURCE for a garbled glyph; '' for none. */
export function printedDirectionWords(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === '') return ''
  const reading = readPrintedArrow(raw)
  return reading === 'unknown' ? UNREADABLE_IN_SOURCE : PRINTED_ARROW_WORDS[reading]
}
