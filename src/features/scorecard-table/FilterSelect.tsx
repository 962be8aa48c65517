import { useId } from 'react'
import type { Option } from './filterOptions'

type Props = {
  label: string
  value: string | undefined
  /** The first choice, meaning "no filter"; omitted for selects that always have a value. */
  anyLabel?: string
  options: readonly Option[]
  onChange: (value: string | undefined) => void
}

/** A labelled select; the "any" choice has an empty value and clears the filter. */
export function FilterSelect({ label, value, anyLabel, options, onChange }: Props) {
  const id = useId()
  return (
    <div className="scorecard-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
