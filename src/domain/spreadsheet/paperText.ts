// What the paper scorecard shows in each cell for a value, target, comparator
// or polarity: the text as printed when it still reads as the same value, else
// the app's own wording. Export writes it, and import compares against it to
// tell an unchanged cell from an edited one.
import { formatNumber, decimalsFor, STATUS_WORDS } from '../formatValue'
import { parsePrintedValue } from '../parsePrintedValue'
import type { Comparator, Target, Unit, ValueCell } from '../scorecardSchema'

/** True when printed text still reads as this cell (so it can be written as it was printed). */
function printedReadsAs(cell: ValueCell, printed: string): boolean {
  const read = parsePrintedValue(printed)
  if (read.kind !== cell.kind) return false
  if (read.kind === 'number' && cell.kind === 'number')
    return read.number === cell.number && read.alternate?.number === cell.alternate?.number
  if (read.kind === 'yes-no' && cell.kind === 'yes-no') return read.answer === cell.answer
  if (read.kind === 'text' && cell.kind === 'text') return read.text === cell.text.replace(/\s+/g, ' ').trim()
  return true
}

/**
 * The cell as the paper layout shows it. A blank is how the paper says "not
 * reported", so any other status printed blank (such as "under development"
 * read from a comment) is written in words, or it would read back as not reported.
 */
export function paperCellText(cell: ValueCell, unit: Unit): string {
  if (cell.printed !== undefined && printedReadsAs(cell, cell.printed)) return cell.printed
  switch (cell.kind) {
    case 'number': {
      const main = formatNumber(cell.number, unit, decimalsFor(cell.number, cell.printed))
      if (!cell.alternate) return main
      return `${main} (${formatNumber(cell.alternate.number, unit, decimalsFor(cell.alternate.number, cell.alternate.printed))})`
    }
    case 'yes-no':
      return cell.answer ? 'Yes' : 'No'
    case 'text':
      return cell.text
    case 'not-reported':
      return ''
    default:
      return STATUS_WORDS[cell.kind]
  }
}

export function paperTargetText(target: Target | undefined, unit: Unit): string {
  if (!target) return ''
  switch (target.kind) {
    case 'number':
      return target.printed ?? formatNumber(target.value, unit)
    case 'range':
      return target.printed ?? `${formatNumber(target.min, unit)}-${formatNumber(target.max, unit)}`
    case 'text':
      return target.text
  }
}

export function paperComparatorText(comparator: Comparator, unit: Unit): string {
  return comparator.printed ?? formatNumber(comparator.number, unit)
}

/** Whitespace-insensitive comparison: a re-saved spreadsheet may trim or re-space text. */
export function sameText(a: string | undefined, b: string | undefined): boolean {
  const norm = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()
  return norm(a) === norm(b)
}

/** True when two cells show and mean the same (the printed text may differ only in spacing). */
export function sameCell(a: ValueCell, b: ValueCell, unit: Unit): boolean {
  const signature = (cell: ValueCell) => {
    const detail =
      cell.kind === 'number'
        ? [cell.number, cell.alternate?.number]
        : cell.kind === 'yes-no'
          ? cell.answer
          : cell.kind === 'text'
            ? cell.text
            : null
    return JSON.stringify([cell.kind, paperCellText(cell, unit).replace(/\s+/g, ' ').trim(), detail])
  }
  return signature(a) === signature(b)
}
