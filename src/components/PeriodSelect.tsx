import { useId } from 'react'
import { useLocation, useSearchParams } from 'react-router'
import { onwardFrom } from '../lib/paths'
/** A choice: a period's id, and the words for it (its label, or more: how many figures a reporting point has). */
export type PeriodChoice = { id: string; label: string }

type Props = { periods: readonly PeriodChoice[]; value: string; label?: string }

/** Chooses the period in the URL (?period=), keeping every other parameter. */
export function PeriodSelect({ periods, value, label = 'Showing' }: Props) {
  const id = useId()
  const [params, setParams] = useSearchParams()
  const { state } = useLocation()
  return (
    <div className="period-select">
      <label htmlFor={id}>{label}</label>{' '}
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = new URLSearchParams(params)
          next.set('period', event.target.value)
          // A page opened from another keeps its "Back to …", one more step away.
          setParams(next, { state: onwardFrom(state) })
        }}
      >
        {[...periods].reverse().map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
    </div>
  )
}
