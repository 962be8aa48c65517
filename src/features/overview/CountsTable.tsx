import type { ReactNode } from 'react'
import { COUNT_LABELS, type Counts } from '../../domain/summarise'

export type CountsRow = { key: string; name: ReactNode; counts: Counts }

const COLUMNS = COUNT_LABELS

/** RAG and direction counts per group, as a real table so it reads well on any device. */
export function CountsTable({ caption, firstHeader, rows }: { caption: string; firstHeader: string; rows: CountsRow[] }) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="counts-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{firstHeader}</th>
            {COLUMNS.map((c) => (
              <th scope="col" key={c.key} className={`count-${c.key}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              {COLUMNS.map((c) => (
                <td key={c.key} className={row.counts[c.key] > 0 ? `count-${c.key} count-nonzero` : `count-${c.key}`}>
                  {row.counts[c.key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
