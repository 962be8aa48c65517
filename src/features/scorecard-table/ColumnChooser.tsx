import { HIDEABLE_COLUMNS } from './hideableColumns'
import { useColumnStore } from './useColumnStore'

/** Show or hide columns; the choice is remembered on this device between visits. */
export function ColumnChooser() {
  const hidden = useColumnStore((s) => s.hidden)
  const toggle = useColumnStore((s) => s.toggle)
  const showAll = useColumnStore((s) => s.showAll)
  return (
    <details className="column-chooser">
      <summary>Choose columns{hidden.length > 0 && ` (${hidden.length} hidden)`}</summary>
      <fieldset>
        <legend>Columns shown (remembered on this device)</legend>
        <ul className="column-chooser-list">
          {HIDEABLE_COLUMNS.map((column) => (
            <li key={column.id}>
              <label>
                <input type="checkbox" checked={!hidden.includes(column.id)} onChange={() => toggle(column.id)} /> {column.label}
              </label>
            </li>
          ))}
        </ul>
        {hidden.length > 0 && (
          <button type="button" className="button button-secondary" onClick={showAll}>
            Show all columns
          </button>
        )}
      </fieldset>
    </details>
  )
}
