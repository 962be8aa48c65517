import type { Assessment } from '../domain/assessIndicator'
import { entryPeriodNote } from '../domain/entryAtPoint'
import { formatCell } from '../domain/formatValue'

/**
 * An indicator's figure (or status) at a reporting point, with its own period
 * beside it when that is not the point, and "out of date" in words when the
 * figure is older than its frequency allows.
 */
export function FigureAtPoint({ assessment, withUnit = true }: { assessment: Assessment; withUnit?: boolean }) {
  const { cell, indicator, at } = assessment
  const note = at ? entryPeriodNote(at, at.point.id) : undefined
  return (
    <>
      {formatCell(cell, indicator.unit, { withUnit })}
      {note && <span className={at?.freshness === 'stale' ? 'figure-period figure-period-stale' : 'figure-period'}> ({note})</span>}
    </>
  )
}
