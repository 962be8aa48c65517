import { useEffect, useId, useRef, useState } from 'react'
import { useLocation } from 'react-router'

type Props = { value: string; onChange: (trimmed: string) => void }

/**
 * Free-text search that filters as you type. The text is kept locally so
 * typing never waits for the URL; each change is written to the URL, and a
 * change that did not come from typing (back, forward, "Clear filters") is
 * copied back into the box.
 */
export function SearchBox({ value, onChange }: Props) {
  const id = useId()
  const { key } = useLocation()
  const [draft, setDraft] = useState(value)
  // The last value we wrote and are waiting to see in the URL.
  const pending = useRef<string | null>(null)

  useEffect(() => {
    if (pending.current !== null) {
      // Our own writes catching up: skip the intermediate ones.
      if (value === pending.current) pending.current = null
      return
    }
    setDraft(value)
  }, [value, key])

  return (
    <div className="scorecard-filter scorecard-filter-search">
      <label htmlFor={id}>Search indicators</label>
      <input
        id={id}
        type="search"
        value={draft}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const text = event.target.value
          setDraft(text)
          // Leading and trailing spaces change nothing, so they are not written.
          const next = text.trim()
          if (next === (pending.current ?? value)) return
          pending.current = next
          onChange(next)
        }}
      />
      <span id={`${id}-hint`} className="scorecard-filter-hint">
        Words in the ref, title, lead or comment
      </span>
    </div>
  )
}
