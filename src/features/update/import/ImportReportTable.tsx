import { useId, useState } from 'react'
import { countEntries, type EntryStatus, type ImportEntry } from '../../../domain/spreadsheet/importEntries'
import { PAGE_SIZE, ShowMoreButton } from '../ShowMoreButton'

type Filter = 'attention' | EntryStatus | 'all'

const ENTRY_STATUS_DISPLAY: Record<EntryStatus, { word: string; mark: string }> = {
  problem: { word: 'Problem', mark: '✕' },
  warning: { word: 'Warning', mark: '!' },
  ignored: { word: 'Ignored', mark: '–' },
  understood: { word: 'Understood', mark: '✓' },
}

const matches = (filter: Filter, entry: ImportEntry) =>
  filter === 'all' || (filter === 'attention' ? entry.status === 'problem' || entry.status === 'warning' : entry.status === filter)

/** Every entry of the import report, by row and column, filterable by what needs attention. */
export function ImportReportTable({ entries, fileName }: { entries: readonly ImportEntry[]; fileName: string }) {
  const counts = countEntries(entries)
  const [filter, setFilter] = useState<Filter>(counts.problem + counts.warning > 0 ? 'attention' : 'all')
  const [limit, setLimit] = useState(PAGE_SIZE)
  const filterId = useId()
  const captionId = useId()
  const options: { value: Filter; name: string; count: number }[] = [
    { value: 'attention', name: 'Problems and warnings', count: counts.problem + counts.warning },
    { value: 'problem', name: 'Problems', count: counts.problem },
    { value: 'warning', name: 'Warnings', count: counts.warning },
    { value: 'ignored', name: 'Ignored', count: counts.ignored },
    { value: 'understood', name: 'Understood', count: counts.understood },
    { value: 'all', name: 'Everything', count: entries.length },
  ]
  const filtered = entries.filter((e) => matches(filter, e))
  const shown = filtered.slice(0, limit)
  const filterLabel = options.find((o) => o.value === filter)!.name.toLowerCase()
  return (
    <div className="import-report">
      <div className="update-field">
        <label htmlFor={filterId}>Show in the report</label>
        <select
          id={filterId}
          value={filter}
          onChange={(event) => {
            setFilter(event.target.value as Filter)
            setLimit(PAGE_SIZE)
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.name} ({o.count})
            </option>
          ))}
        </select>
      </div>
      <div className="update-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="update-table import-report-table">
          <caption id={captionId}>
            Import report for {fileName}: {filterLabel}, {filtered.length} of {entries.length} entries
            {filtered.length > shown.length ? `, first ${shown.length} shown` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Ref</th>
              <th scope="col">Column</th>
              <th scope="col">In the file</th>
              <th scope="col">Result</th>
              <th scope="col">What happens</th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr>
                <td colSpan={6}>Nothing of this kind in the file.</td>
              </tr>
            )}
            {shown.map((entry, index) => (
              <tr key={index} className={`import-entry import-entry-${entry.status}`}>
                <td>{entry.row ?? '–'}</td>
                <td>{entry.ref ?? ''}</td>
                <td>{entry.column}</td>
                <td className="update-text">{entry.text ?? ''}</td>
                <td>
                  <span className="import-status">
                    <span className="import-status-mark" aria-hidden="true">
                      {ENTRY_STATUS_DISPLAY[entry.status].mark}
                    </span>
                    {ENTRY_STATUS_DISPLAY[entry.status].word}
                  </span>
                </td>
                <td>{entry.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMoreButton shown={shown.length} total={filtered.length} onMore={() => setLimit((l) => l + PAGE_SIZE)} what="entries" />
    </div>
  )
}
