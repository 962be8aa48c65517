// Choosing a council from all 153: a search box that narrows a native
// <select> (name, LA number, ONS code or region), and a button that shows
// the choice. Native controls, so every keyboard, screen reader and phone
// already knows them; the button (not the select's change) moves the page, so
// arrowing through the list does not load a council at every step. Enter in
// the search box shows the first council that matches.
import { useId, useMemo, useState, type FormEvent } from 'react'
import type { OfficialArea } from '../../domain/official/officialDataset'
import './official.css'

type Props = {
  areas: readonly OfficialArea[]
  /** The council shown now, if any. */
  value: number | undefined
  onChoose: (la: number) => void
  /** The button's words. */
  action?: string
}

function matches(area: OfficialArea, region: string, text: string): boolean {
  const t = text.trim().toLowerCase()
  if (t === '') return true
  return area.name.toLowerCase().includes(t) || String(area.la) === t || area.code?.toLowerCase() === t || region.toLowerCase().includes(t)
}

export function CouncilPicker({ areas, value, onChoose, action = 'Show this council' }: Props) {
  const id = useId()
  const [search, setSearch] = useState('')
  const [picked, setPicked] = useState<number | undefined>(value)
  const regionName = useMemo(() => new Map(areas.filter((a) => a.kind === 'region').map((a) => [a.la, a.name])), [areas])
  const councils = useMemo(() => areas.filter((a) => a.kind === 'la').sort((a, b) => a.name.localeCompare(b.name, 'en-GB')), [areas])
  const shown = councils.filter((a) => matches(a, regionName.get(a.region ?? 0) ?? '', search))
  // The select shows the one picked while it is in the list, else the first that matches.
  const selected = shown.some((a) => a.la === picked) ? picked : shown[0]?.la

  function submit(event: FormEvent) {
    event.preventDefault()
    if (selected !== undefined) onChoose(selected)
  }

  return (
    <form className="council-picker" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="council-picker-heading">
        Choose a council
      </h2>
      <div className="council-picker-fields">
        <div className="council-picker-field">
          <label htmlFor={`${id}-search`}>Find by name, LA number or region</label>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            autoComplete="off"
            aria-describedby={`${id}-count`}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <div className="council-picker-field">
          <label htmlFor={`${id}-select`}>Council</label>
          <select
            id={`${id}-select`}
            value={selected ?? ''}
            disabled={shown.length === 0}
            onChange={(event) => setPicked(Number(event.target.value))}
          >
            {shown.length === 0 && <option value="">No council matches</option>}
            {shown.map((a) => (
              <option key={a.la} value={a.la}>
                {a.name} ({a.la})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={selected === undefined}>
          {action}
        </button>
      </div>
      <p id={`${id}-count`} className="council-picker-count" role="status">
        {search.trim() === ''
          ? `${councils.length} councils`
          : shown.length === 0
            ? `No council matches “${search.trim()}”.`
            : `${shown.length} of ${councils.length} councils match.`}
      </p>
    </form>
  )
}
