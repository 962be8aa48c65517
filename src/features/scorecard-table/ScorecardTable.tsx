import { memo } from 'react'
import type { Assessment } from '../../domain/assessIndicator'
import type { ColumnDef } from './scorecardColumns'
import { ColumnHeader } from './ColumnHeader'
import type { RowGroup } from './firstRows'
import type { Sort } from './tableQuery'

type Props = {
  caption: string
  columns: readonly ColumnDef[]
  groups: readonly RowGroup[]
  sort: Sort
  onSort: (sort: Sort) => void
}

/**
 * The scorecard as a real table: one tbody per section with a heading row,
 * the ref as each row's header. The wrapper scrolls and is focusable so
 * keyboard users can scroll it; ref and indicator stay in view when it
 * scrolls sideways; below 40rem the CSS turns rows into cards.
 */
export function ScorecardTable({ caption, columns, groups, sort, onSort }: Props) {
  return (
    <div className="scorecard-scroll" role="region" aria-label="Scorecard table" tabIndex={0}>
      <table className="scorecard-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <ColumnHeader key={c.key} column={c} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.section.id} className="scorecard-section">
            <tr className="scorecard-section-row">
              <th scope="rowgroup" colSpan={columns.length}>
                <span className="scorecard-section-title">{group.section.title}</span>
              </th>
            </tr>
            {group.items.map((a) => (
              <ScorecardRow key={a.indicator.ref} assessment={a} columns={columns} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  )
}

/**
 * One row. Memoised: assessments and columns keep their identity while only
 * filters change, so typing in the search box re-renders no surviving row.
 */
const ScorecardRow = memo(function ScorecardRow({ assessment: a, columns }: { assessment: Assessment; columns: readonly ColumnDef[] }) {
  return (
    <tr className="scorecard-row">
      {columns.map((c) =>
        c.group === 'ref' ? (
          <th key={c.key} scope="row" className={c.className} data-label={c.label}>
            {c.cell(a)}
          </th>
        ) : (
          <td key={c.key} className={c.className} data-label={c.label}>
            {c.cell(a)}
          </td>
        ),
      )}
    </tr>
  )
})
