// Everything the views need to know about one indicator in one period,
// computed in one place so every screen says the same thing.
import { isFigure, isMissingFigure } from './cellKinds'
import { directionsOfCell, readPrintedArrow, type DirectionResult, type RawDirection } from './computeDirection'
import { ragOfCell, type RagResult } from './computeRag'
import { entryAtPoint, type EntryAtPoint } from './entryAtPoint'
import { cellFor } from './indicatorLookups'
import type { ReportingPoint } from './reportingPoints'
import type { Indicator, Period, ValueCell } from './scorecardSchema'

export type PrintedArrow = {
  raw: string
  reading: RawDirection | 'unknown'
  /** True when the glyph is readable and says something other than the computed direction. */
  disagrees: boolean
}

/** Where an assessment made for a reporting point stands: the point, and the entry's own period, age and freshness. */
export type AtPoint = Omit<EntryAtPoint, 'cell'> & { point: ReportingPoint }

export type Assessment = {
  indicator: Indicator
  /** The period assessed: for a reporting point, the entry's own period (or the point when there is none). */
  periodId: string
  cell: ValueCell | undefined
  /** True when the period's cell is a figure (see isFigure), not a status or nothing. */
  hasData: boolean
  rag: RagResult
  direction: DirectionResult
  yearOnYear: DirectionResult
  printedArrow?: PrintedArrow
  /** Set when assessed for a reporting point (assessAtPoint) and the indicator has an entry at or before it. */
  at?: AtPoint
}

export function assessIndicator(indicator: Indicator, periodId: string, periods: ReadonlyMap<string, Period>, at?: AtPoint): Assessment {
  return assessCell(indicator, periodId, cellFor(indicator, periodId), periods, at)
}

/** assessIndicator with the period's cell already found: each lookup is a scan of the indicator's values, so it is done once. */
function assessCell(
  indicator: Indicator,
  periodId: string,
  cell: ValueCell | undefined,
  periods: ReadonlyMap<string, Period>,
  at: AtPoint | undefined,
): Assessment {
  const { previous: direction, 'year-before': yearOnYear } = directionsOfCell(indicator, periodId, cell, periods)
  const reported = indicator.reported.find((r) => r.period === periodId)
  const raw = reported?.directionRaw
  const assessment: Assessment = {
    indicator,
    periodId,
    cell,
    hasData: isFigure(cell),
    rag: ragOfCell(indicator, periodId, cell, reported, periods),
    direction,
    yearOnYear,
  }
  // Set only when there is one, as before: assigned rather than spread, which is slower for every indicator.
  if (raw !== undefined && raw.trim() !== '') {
    const reading = readPrintedArrow(raw)
    assessment.printedArrow = { raw, reading, disagrees: reading !== 'unknown' && direction.raw !== null && reading !== direction.raw }
  }
  if (at) assessment.at = at
  return assessment
}

/**
 * An indicator at a reporting point: RAG and direction of its latest entry at
 * or before the point, each compared as for that entry's own period (the
 * figure before it, and the same period a year earlier).
 */
export function assessAtPoint(indicator: Indicator, point: ReportingPoint, periods: ReadonlyMap<string, Period>): Assessment {
  const entry = entryAtPoint(indicator, point, periods)
  if (!entry) return assessIndicator(indicator, point.id, periods)
  const { period, forPoint, ageMonths, freshness } = entry
  return assessCell(indicator, period.id, entry.cell, periods, { point, period, forPoint, ageMonths, freshness })
}

/**
 * True when the indicator has an entry, a figure or a status, for the assessed
 * period, or for a reporting point at or before it: the indicators a view
 * counts and shows. One with nothing yet by then is left out, not counted as
 * missing.
 */
export function hasEntry(assessment: Assessment): boolean {
  return assessment.cell !== undefined
}

/**
 * True when a figure is due but absent: a status saying so (not reported,
 * under development), or, at a reporting point, a latest figure older than the
 * indicator's frequency allows for the point (late or stale, see figureAge.ts).
 */
export function isMissing(assessment: Assessment): boolean {
  if (isMissingFigure(assessment.cell)) return true
  return assessment.cell !== undefined && assessment.at !== undefined && assessment.at.freshness !== 'current'
}
