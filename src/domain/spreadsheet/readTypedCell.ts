// A cell typed in a spreadsheet ("95%", "£3,561", "Supressed", "57% (63%)",
// "Yes") as a scorecard value, keeping the text exactly as typed.
import { parsePrintedValue } from '../parsePrintedValue'
import type { DistributiveOmit } from '../cellKinds'
import type { ValueCell } from '../scorecardSchema'

export type TypedCell = DistributiveOmit<ValueCell, 'period' | 'source'>

/** Reads a non-blank cell; blank cells mean different things in different places, so callers decide. */
export function readTypedCell(text: string): TypedCell {
  const read = parsePrintedValue(text)
  switch (read.kind) {
    case 'number':
      return {
        kind: 'number',
        number: read.number,
        printed: text,
        ...(read.alternate ? { alternate: { number: read.alternate.number, printed: read.alternate.printed } } : {}),
      }
    case 'yes-no':
      return { kind: 'yes-no', answer: read.answer, printed: text }
    case 'text':
      return { kind: 'text', text: read.text, printed: text }
    default:
      return { kind: read.kind, printed: text }
  }
}

export type RagWord = 'red' | 'amber' | 'green'

/** "Red", "A", "amber", "G" → a rating; anything else is undefined. */
export function readRagText(text: string): RagWord | undefined {
  const t = text.trim().toLowerCase()
  if (t === 'r' || t === 'red') return 'red'
  if (t === 'a' || t === 'amber') return 'amber'
  if (t === 'g' || t === 'green') return 'green'
  return undefined
}

/** "High is Good", "low is better", blank → a polarity; anything else is undefined. */
export function readPolarityText(text: string): 'high-is-good' | 'low-is-good' | 'none' | undefined {
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase()
  if (t === '' || t === 'none' || t === 'n/a' || t === '-') return 'none'
  if (/^high(er)?( is)? (good|better)$/.test(t)) return 'high-is-good'
  if (/^low(er)?( is)? (good|better)$/.test(t)) return 'low-is-good'
  return undefined
}
