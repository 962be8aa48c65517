// Checks on one cell against its indicator's unit, returned as a problem code
// with its figures, and the one place that words each problem. The caller
// says where the problem is told (a loaded file, the entry form, an import
// report), because that decides how the sentence ends.
import { parsePrintedValue } from './parsePrintedValue'
import { isFormulaText } from './spreadsheet/formulaGuard'
import type { UnsourcedCell } from './cellKinds'
import type { Unit } from './scorecardSchema'
import { UNIT_WORDS } from './wording'

export type CellProblem =
  /** A suppressed cell arrived with a number (zod has already dropped it). */
  | { code: 'suppressed-with-number'; severity: 'warning'; field: 'number' }
  | { code: 'answer-for-unit'; severity: 'error'; field: 'kind'; unit: Unit }
  | { code: 'number-for-unit'; severity: 'error'; field: 'kind'; unit: Unit }
  | { code: 'number-not-as-printed'; severity: 'error'; field: 'number'; number: number; printed: string }
  | { code: 'percent-out-of-range'; severity: 'warning'; field: 'number'; value: number }
  | { code: 'negative-figure'; severity: 'warning'; field: 'number'; value: number }

/** Problems with how a person typed a cell, beyond what the cell itself holds. */
export type TypedProblem =
  | { code: 'typed-as-percent'; severity: 'warning'; unit: Unit }
  | { code: 'typed-in-pounds'; severity: 'warning'; unit: Unit }
  /** Words where the indicator needs a figure: kept, but no RAG or direction. */
  | { code: 'text-for-unit'; severity: 'warning' }
  /** A spreadsheet formula's text where a figure belongs: never kept, since it is not the figure. */
  | { code: 'formula-text'; severity: 'error'; text: string }

/**
 * Checks a cell against its indicator's unit (when known) and its own printed
 * text. `rawCell` is the cell as it was before validation, when there was one:
 * only it can show a number that came with a suppressed value.
 */
export function checkCell(cell: UnsourcedCell, unit: Unit | undefined, rawCell: unknown = cell): CellProblem | null {
  if (cell.kind === 'suppressed' && rawCell && typeof rawCell === 'object' && 'number' in rawCell) {
    return { code: 'suppressed-with-number', severity: 'warning', field: 'number' }
  }
  if (cell.kind === 'yes-no' && unit !== undefined && unit !== 'yes-no') {
    return { code: 'answer-for-unit', severity: 'error', field: 'kind', unit }
  }
  if (cell.kind !== 'number') return null
  if (unit === 'yes-no' || unit === 'text') return { code: 'number-for-unit', severity: 'error', field: 'kind', unit }
  if (cell.printed !== undefined && !printedAsNumber(cell.printed, cell.number) && cell.printed.trim() !== '') {
    const read = parsePrintedValue(cell.printed)
    if (read.kind === 'number' && read.number !== cell.number) {
      return { code: 'number-not-as-printed', severity: 'error', field: 'number', number: cell.number, printed: cell.printed }
    }
  }
  if (unit === 'percent' && (cell.number < 0 || cell.number > 100)) {
    return { code: 'percent-out-of-range', severity: 'warning', field: 'number', value: cell.number }
  }
  if (cell.number < 0 && unit !== undefined && unit !== 'percent') {
    return { code: 'negative-figure', severity: 'warning', field: 'number', value: cell.number }
  }
  return null
}

/**
 * True when the printed text is the number itself, or the number and a %: the
 * text most cells have, checked without parsing it. Wherever parsePrintedValue
 * reads such a text as a figure, it reads this same number.
 */
function printedAsNumber(printed: string, number: number): boolean {
  if (Number(printed) === number) return true
  return printed.endsWith('%') && Number(printed.slice(0, -1)) === number
}

/** A warning when the way a figure is typed (%, £) does not fit the indicator's unit. */
export function checkTypedForm(text: string, unit: Unit): TypedProblem | undefined {
  const t = text.trim()
  if (/%/.test(t) && unit !== 'percent') return { code: 'typed-as-percent', severity: 'warning', unit }
  if (/^£/.test(t) && unit !== 'gbp-per-week') return { code: 'typed-in-pounds', severity: 'warning', unit }
  return undefined
}

/**
 * Every check on a cell a person typed (in the entry form or a spreadsheet),
 * in the order they are told: the cell against its unit, how it was typed,
 * then words where a figure was expected.
 */
export function checkTypedCell(text: string, cell: UnsourcedCell, unit: Unit): Array<CellProblem | TypedProblem> {
  const problems: Array<CellProblem | TypedProblem> = []
  const problem = checkCell(cell, unit)
  if (problem) problems.push(problem)
  const form = checkTypedForm(text, unit)
  if (form) problems.push(form)
  if (cell.kind === 'text' && isFormulaText(text)) problems.push({ code: 'formula-text', severity: 'error', text: text.trim() })
  else if (cell.kind === 'text' && unit !== 'text') problems.push({ code: 'text-for-unit', severity: 'warning' })
  return problems
}

/**
 * Where a problem is told, which decides how an error's sentence ends:
 * - `dropped`: a cell read from a file, or saved from the entry form, that the
 *   scorecard cannot hold: "…; the value was ignored."
 * - `typing`: a figure still being typed; the form blocks saving, so the
 *   sentence only names the problem: "…."
 * - `import`: a spreadsheet cell in the import report: "…; the current 81 is
 *   kept." when there is a current figure (as formatted), else "…; this cell
 *   was ignored."
 */
export type ProblemContext = { kind: 'dropped' } | { kind: 'typing' } | { kind: 'import'; current: string | undefined }

export const DROPPED: ProblemContext = { kind: 'dropped' }
export const TYPING: ProblemContext = { kind: 'typing' }

function statement(problem: CellProblem | TypedProblem, context: ProblemContext): string {
  switch (problem.code) {
    case 'suppressed-with-number':
      return 'A suppressed value must not carry a number; the number was discarded and is never shown'
    case 'answer-for-unit':
      return `A yes/no answer does not fit this indicator's unit (${problem.unit})`
    case 'number-for-unit':
      return `A number does not fit this indicator's unit (${problem.unit})`
    case 'number-not-as-printed':
      return `The number ${problem.number} does not match the printed text "${problem.printed}"`
    case 'percent-out-of-range':
      return `${problem.value}% is outside 0–100%`
    case 'negative-figure':
      return `A negative figure (${problem.value}) is unusual for this indicator`
    case 'typed-as-percent':
      return `Typed as a percentage, but this indicator is ${UNIT_WORDS[problem.unit].inSentence}`
    case 'typed-in-pounds':
      return `Typed in pounds, but this indicator is ${UNIT_WORDS[problem.unit].inSentence}`
    case 'formula-text':
      return context.kind === 'typing'
        ? `${problem.text} is a spreadsheet formula, not a figure: type the figure itself`
        : `${problem.text} is a spreadsheet formula, not a figure: the file holds the formula, not its result. Save the sheet with its values (in Excel, Paste Special, Values) or type the figure`
    case 'text-for-unit':
      return context.kind === 'typing'
        ? 'This is not read as a figure, so it will be kept as text and gives no RAG or direction'
        : 'Not a figure, so it is kept as text and gives no RAG or direction'
  }
}

function consequence(context: ProblemContext): string | undefined {
  switch (context.kind) {
    case 'dropped':
      return 'the value was ignored'
    case 'typing':
      return undefined
    case 'import':
      return context.current !== undefined ? `the current ${context.current} is kept` : 'this cell was ignored'
  }
}

/** The sentence for a problem where it is told; only an error says what became of the value. */
export function describeCellProblem(problem: CellProblem | TypedProblem, context: ProblemContext): string {
  const then = problem.severity === 'error' ? consequence(context) : undefined
  return `${statement(problem, context)}${then ? `; ${then}` : ''}.`
}
