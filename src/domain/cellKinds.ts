// What a cell holds: a figure, or a status that says why there is none. One
// meaning for every view, so "has data" and "latest period with data" agree
// everywhere.
import { STATUS_KINDS, type ValueCell } from './scorecardSchema'

/** Omit for each member of a union, so a cell type stays a union of its kinds. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/** A cell before it is given a source: what an entry or a typed spreadsheet cell becomes. */
export type UnsourcedCell = DistributiveOmit<ValueCell, 'source'>

export type StatusKind = (typeof STATUS_KINDS)[number]

const STATUSES: ReadonlySet<string> = new Set(STATUS_KINDS)

/**
 * True when the cell holds what the council reported for the period: a
 * number, a yes/no answer, or a text answer. A text answer ("Qtly review",
 * "TBC") counts: it is what was reported, even though it gives no RAG or
 * direction (those need a number, and check `kind === 'number'` themselves).
 * A status (suppressed, not reported, not applicable, under development) and a
 * missing cell are not figures.
 */
export function isFigure<C extends Pick<ValueCell, 'kind'>>(cell: C | undefined): cell is Exclude<C, { kind: StatusKind }> {
  // Most cells are numbers, and reporting points ask this of every cell: answered before the set is looked in.
  return cell !== undefined && (cell.kind === 'number' || !STATUSES.has(cell.kind))
}

/** True when the cell is a status: it exists, but says why there is no figure. */
export function isStatus<C extends Pick<ValueCell, 'kind'>>(cell: C | undefined): cell is Extract<C, { kind: StatusKind }> {
  return cell !== undefined && STATUSES.has(cell.kind)
}

/**
 * True for a status that says a figure is due but absent: not reported, or
 * under development. Suppressed (withheld on purpose) and not applicable are
 * not missing, and neither is a period with no cell (an annual measure in a
 * quarter is simply not measured then).
 */
export function isMissingFigure(cell: Pick<ValueCell, 'kind'> | undefined): boolean {
  return cell?.kind === 'not-reported' || cell?.kind === 'under-development'
}
