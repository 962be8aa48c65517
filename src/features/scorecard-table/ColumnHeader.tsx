import { YearsWhole } from '../../components/YearsWhole'
import type { ColumnDef } from './scorecardColumns'
import type { Sort } from './tableQuery'

type Props = { column: ColumnDef; sort: Sort; onSort: (sort: Sort) => void }

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const

/** A column header; sortable ones hold a button, and the sorted one says so with aria-sort. */
export function ColumnHeader({ column, sort, onSort }: Props) {
  const { sortKey, label, className } = column
  if (!sortKey) {
    return (
      <th scope="col" className={className}>
        <YearsWhole text={label} />
      </th>
    )
  }
  const active = sort.key === sortKey
  const next: Sort = { key: sortKey, order: active && sort.order === 'asc' ? 'desc' : 'asc' }
  return (
    <th scope="col" className={className} aria-sort={active ? ARIA_SORT[sort.order] : undefined}>
      <button type="button" className="scorecard-sort-button" onClick={() => onSort(next)}>
        <YearsWhole text={label} />
        <span className="scorecard-sort-icon" aria-hidden="true">
          {active ? (sort.order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  )
}
