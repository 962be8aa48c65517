import { useId } from 'react'
import type { NeighbourModelId } from '../../domain/official/officialDataset'

const MODELS: { id: NeighbourModelId; label: string }[] = [
  { id: '2025', label: '2025 model (the default)' },
  { id: '2021', label: '2021 model' },
]

/** Which statistical-neighbour model the averages and ranks use; the choice is in the URL. */
export function NeighbourModelChoice({ value, onChange }: { value: NeighbourModelId; onChange: (model: NeighbourModelId) => void }) {
  const name = useId()
  return (
    <fieldset className="compare-model">
      <legend>Statistical neighbours</legend>
      <p className="compare-model-hint">
        The DfE’s models of which councils are most alike; its own tool uses the 2025 model for every year.
      </p>
      {MODELS.map((m) => (
        <label key={m.id} className="compare-model-option">
          <input type="radio" name={name} value={m.id} checked={value === m.id} onChange={() => onChange(m.id)} /> {m.label}
        </label>
      ))}
    </fieldset>
  )
}
