import { useCallback, useEffect, useRef, useState } from 'react'
import { useLocation } from 'react-router'

/**
 * How long after the last keystroke the search is written to the URL. Writing
 * on every keystroke cost each one a history write and a second render of
 * the page; the table follows the box at once either way.
 */
export const SEARCH_URL_DELAY_MS = 300

/**
 * The search box's text. The table filters on it as it is typed; the URL gets
 * it (trimmed, replacing the history entry) once typing pauses or the box
 * loses focus, so the view can still be shared and comes back on Back. A
 * change to the URL that did not come from typing (Back, Forward, "Clear
 * filters", another filter) puts the URL's text back in the box and drops
 * any write still waiting, so nothing typed lands on another history entry.
 */
export function useSearchText(inUrl: string, write: (trimmed: string) => void) {
  const { key } = useLocation()
  const [text, setText] = useState(inUrl)
  // The latest of each, for a write that happens after the render that made it.
  const latest = useRef({ text: inUrl, inUrl, write })
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // The text this hook last wrote, until the history entry it makes is seen.
  const written = useRef<string | null>(null)
  const shownKey = useRef(key)

  useEffect(() => {
    latest.current.inUrl = inUrl
    latest.current.write = write
  }, [inUrl, write])

  useEffect(() => {
    if (key === shownKey.current) return
    shownKey.current = key
    const ours = written.current !== null && written.current === inUrl
    written.current = null
    if (ours) return
    clearTimeout(timer.current)
    timer.current = undefined
    latest.current.text = inUrl
    setText(inUrl)
  }, [key, inUrl])

  useEffect(() => () => clearTimeout(timer.current), [])

  const flush = useCallback(() => {
    if (timer.current === undefined) return
    clearTimeout(timer.current)
    timer.current = undefined
    const next = latest.current.text.trim()
    if (next === latest.current.inUrl) return
    written.current = next
    latest.current.write(next)
  }, [])

  const type = useCallback(
    (next: string) => {
      latest.current.text = next
      setText(next)
      clearTimeout(timer.current)
      timer.current = setTimeout(flush, SEARCH_URL_DELAY_MS)
    },
    [flush],
  )

  return { text, trimmed: text.trim(), type, flush }
}
