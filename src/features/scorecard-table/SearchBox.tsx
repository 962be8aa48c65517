import { useId } from 'react'

type Props = {
  value: string
  onType: (text: string) => void
  /** Leaving the box: what was typed goes to the URL now rather than after the pause (useSearchText.ts). */
  onBlur: () => void
}

/** Free-text search that filters as you type (its text and its URL are kept by useSearchText). */
export function SearchBox({ value, onType, onBlur }: Props) {
  const id = useId()
  return (
    <div className="scorecard-filter scorecard-filter-search">
      <label htmlFor={id}>Search indicators</label>
      <input
        id={id}
        type="search"
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onType(event.target.value)}
        onBlur={onBlur}
      />
      <span id={`${id}-hint`} className="scorecard-filter-hint">
        Words in the ref, title, lead or comment
      </span>
    </div>
  )
}
