// Turns a cell as printed in a council document or spreadsheet ("91.0%",
// "£3,561", "Supressed", "57% (63%)", "Yes", "") into the model's value.
// The parser checks seed figures against their printed text with it, and
// importers use it to read spreadsheets.
import type { StatusKind } from './cellKinds'

export type ParsedPrintedValue =
  | { kind: 'number'; number: number; decimals: number; alternate?: { number: number; printed: string } }
  | { kind: 'yes-no'; answer: boolean }
  | { kind: StatusKind }
  | { kind: 'text'; text: string }

const NUMBER = String.raw`(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)`
const FIGURE = new RegExp(String.raw`^(£)?\s*${NUMBER}\s*(%|days?)?$`, 'i')
const WITH_ALTERNATE = /^(.*?)\s*\(([^()]*)\)$/

/** Reads a single figure such as "91.0%", "£3,561" or "128 days"; undefined if it is not one. */
export function parseFigure(text: string): { number: number; decimals: number } | undefined {
  const match = FIGURE.exec(text.trim())
  if (!match) return undefined
  const digits = match[2]!.replace(/,/g, '')
  const fraction = digits.split('.')[1]
  return { number: Number(digits), decimals: fraction ? fraction.length : 0 }
}

export function parsePrintedValue(printed: string): ParsedPrintedValue {
  const text = printed.replace(/\s+/g, ' ').trim()
  if (text === '' || /^(-|–|—|no data|not reported)$/i.test(text)) return { kind: 'not-reported' }
  // "Supressed" is how the source spells it; accept both spellings.
  if (/^sup+res+ed$/i.test(text)) return { kind: 'suppressed' }
  if (/^(n\/?a|not applicable)$/i.test(text)) return { kind: 'not-applicable' }
  if (/^(under development|in development)$/i.test(text)) return { kind: 'under-development' }
  if (/^yes$/i.test(text)) return { kind: 'yes-no', answer: true }
  if (/^no$/i.test(text)) return { kind: 'yes-no', answer: false }

  const figure = parseFigure(text)
  if (figure) return { kind: 'number', ...figure }

  const withAlternate = WITH_ALTERNATE.exec(text)
  if (withAlternate) {
    const main = parseFigure(withAlternate[1]!)
    const alternate = parseFigure(withAlternate[2]!)
    if (main && alternate) {
      return { kind: 'number', ...main, alternate: { number: alternate.number, printed: withAlternate[2]!.trim() } }
    }
  }
  return { kind: 'text', text }
}

export type ParsedPrintedTarget =
  | { kind: 'none' }
  | { kind: 'number'; value: number; printed: string }
  | { kind: 'range'; min: number; max: number; printed: string }
  | { kind: 'text'; text: string }

/** Reads a target cell: "90%", "400-450", "52.7 - 59.3", "Qtly review" or blank. */
export function parsePrintedTarget(printed: string): ParsedPrintedTarget {
  const text = printed.replace(/\s+/g, ' ').trim()
  if (text === '') return { kind: 'none' }
  const single = parseFigure(text)
  if (single) return { kind: 'number', value: single.number, printed: text }
  const range = /^(.+?)\s*(?:-|–|to)\s*(.+)$/i.exec(text)
  if (range) {
    const low = parseFigure(range[1]!)
    const high = parseFigure(range[2]!)
    if (low && high && low.number <= high.number) return { kind: 'range', min: low.number, max: high.number, printed: text }
  }
  return { kind: 'text', text }
}
