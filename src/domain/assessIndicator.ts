// Everything the views need to know about one indicator in one period,
// computed in one place so every screen says the same thing.
import { isFigure } from './cellKinds'
import { computeDirection, readPrintedArrow, type DirectionResult, type RawDirection } from './computeDirection'
import { computeRag, type RagResult } from './computeRag'
import { cellFor } from './indicatorLookups'
import type { Indicator, Period, ValueCell } from './scorecardSchema'

export type PrintedArrow = {
  raw: string
  reading: RawDirection | 'unknown'
  /** True when the glyph is readable and says something other than the computed direction. */
  disagrees: boolean
}

export type Assessment = {
  indicator: Indicator
  periodId: string
  cell: ValueCell | undefined
  /** True when the period's cell is a figure (see isFigure), not a status or nothing. */
  hasData: boolean
  rag: RagResult
  direction: DirectionResult
  yearOnYear: DirectionResult
  printedArrow?: PrintedArrow
}

export function assessIndicator(indicator: Indicator, periodId: string, periods: ReadonlyMap<string, Period>): Assessment {
  const cell = cellFor(indicator, periodId)
  const direction = computeDirection(indicator, periodId, periods, 'previous')
  const raw = indicator.reported.find((r) => r.period === periodId)?.directionRaw
  let printedArrow: PrintedArrow | undefined
  if (raw !== undefined && raw.trim() !== '') {
    const reading = readPrintedArrow(raw)
    printedArrow = { raw, reading, disagrees: reading !== 'unknown' && direction.raw !== null && reading !== direction.raw }
  }
  return {
    indicator,
    periodId,
    cell,
    hasData: isFigure(cell),
    rag: computeRag(indicator, periodId, periods),
    direction,
    yearOnYear: computeDirection(indicator, periodId, periods, 'year-before'),
    ...(printedArrow ? { printedArrow } : {}),
  }
}

/**
 * True when the indicator has an entry, a figure or a status, for the assessed
 * period: the indicators a view of one period counts and shows. One never
 * measured in that period (an annual health figure in a quarter) is left out,
 * not counted as missing.
 */
export function hasEntry(assessment: Assessment): boolean {
  return assessment.cell !== undefined
}
