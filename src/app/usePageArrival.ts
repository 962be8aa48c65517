// Carries out pageArrival.ts's rules in the browser: remembers the scroll
// position of each history entry (by location.key, kept in sessionStorage so
// a reload keeps it too), and on each navigation scrolls and moves focus as
// the rules say. A page whose code, data or charts are still loading is not
// yet tall enough, or has no heading yet: both are tried again on each frame
// until they work, the person scrolls or types, or a few seconds pass.
import { useEffect, useLayoutEffect, useRef } from 'react'
import { useLocation, useNavigationType, type Location } from 'react-router'
import { asksForHeading } from '../lib/focusHeading'
import { arrivalFor, type Arrival } from './pageArrival'

const STORAGE_KEY = 'scorecard-scroll-positions'
/** Entries remembered; the oldest are forgotten first. */
const MAX_ENTRIES = 100
/** How long a page may take to become tall enough, or to draw its heading. */
const PATIENCE_MS = 4000

const positions = new Map<string, number>(readStored())
/** For each history entry left for another page, where it was left for: on Back, the link to focus. */
const leftFor = new Map<string, string>()
/** The history entry being shown: the scroll listener records its position. */
let shownKey: string | undefined
/**
 * The window's scroll position as of its last scroll event. Reading
 * window.scrollY while React commits a page would make the browser lay the
 * new page out there and then, inside the script: on the table that was
 * about a third of each keystroke's time in the search box.
 */
let lastScrollY = 0

function readStored(): [string, number][] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]')
    if (!Array.isArray(parsed)) return []
    return parsed.filter((e): e is [string, number] => Array.isArray(e) && typeof e[0] === 'string' && Number.isFinite(e[1]))
  } catch {
    return [] // storage blocked or hand-edited: start afresh
  }
}

function store() {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...positions].slice(-MAX_ENTRIES)))
  } catch {
    // storage full or blocked: positions are still kept for this page's life
  }
}

/** True when this document was loaded by a reload or by Back / Forward from another site: its entry may have a position to return to. */
function loadedIntoKnownEntry(): boolean {
  const [entry] = performance.getEntriesByType?.('navigation') ?? []
  const type = (entry as PerformanceNavigationTiming | undefined)?.type
  return type === 'reload' || type === 'back_forward'
}

function remember() {
  if (shownKey === undefined) return
  positions.delete(shownKey) // re-inserted last, so the Map stays oldest first
  positions.set(shownKey, lastScrollY)
}

function onScroll() {
  lastScrollY = window.scrollY
  remember()
}

function scrollToY(y: number) {
  // jsdom has no scrolling; and there is nothing to do when already there.
  if (Math.round(window.scrollY) !== Math.round(y)) window.scrollTo(0, y)
}

/** Runs `attempt` now and on each frame until it returns true, the person takes over, or time runs out. Returns a cancel. */
function keepTrying(attempt: () => boolean): () => void {
  const deadline = Date.now() + PATIENCE_MS
  let frame = 0
  const stop = () => {
    cancelAnimationFrame(frame)
    for (const type of INPUTS) window.removeEventListener(type, stop, true)
  }
  const step = () => {
    if (attempt() || Date.now() > deadline) stop()
    else frame = requestAnimationFrame(step)
  }
  for (const type of INPUTS) window.addEventListener(type, stop, { capture: true, passive: true })
  step()
  return stop
}
const INPUTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const

function scrollAttempt(scroll: NonNullable<Arrival['scroll']>): () => boolean {
  switch (scroll.to) {
    case 'top':
      return () => (scrollToY(0), true)
    case 'position':
      return () => {
        scrollToY(scroll.y)
        return Math.abs(window.scrollY - scroll.y) < 1
      }
    case 'element':
      return () => {
        const element = document.getElementById(scroll.id)
        element?.scrollIntoView?.()
        return element !== null
      }
  }
}

function focusTarget(focus: NonNullable<Arrival['focus']>): HTMLElement | null {
  const main = document.querySelector('main')
  if (!main) return null
  if (focus.to === 'element') return document.getElementById(focus.id)
  const heading = main.querySelector('h1')
  if (focus.to === 'heading') return heading
  // Back: the link the person left by (same address, or the same page at another period), else the heading.
  const [path] = focus.href.split('?')
  const links = [...main.querySelectorAll<HTMLAnchorElement>('a[href]')]
  const href = (a: HTMLAnchorElement) => a.getAttribute('href') ?? ''
  return links.find((a) => href(a) === focus.href) ?? links.find((a) => href(a).split('?')[0] === path) ?? heading
}

function focusAttempt(focus: NonNullable<Arrival['focus']>): () => boolean {
  return () => {
    const target = focusTarget(focus)
    if (!target) return false
    // A heading or section is not focusable by default: -1 lets a script focus it without adding it to the Tab order.
    if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) target.setAttribute('tabindex', '-1')
    target.focus({ preventScroll: true })
    return true
  }
}

/**
 * For the app layout: on each navigation, scroll and focus as pageArrival.ts
 * says. Also switches off the browser's own restoration, which acts before a
 * page drawn by script is tall enough.
 */
export function usePageArrival() {
  const location = useLocation()
  const action = useNavigationType()
  const shown = useRef<Location | undefined>(undefined)
  const stopTrying = useRef<Array<() => void>>([])

  useEffect(() => {
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual'
    // After the first paint, so reading it costs no extra layout; a prerendered page may have been scrolled already.
    onScroll()
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('pagehide', store)
    return () => {
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('pagehide', store)
    }
  }, [])

  // A layout effect: the new page is in the DOM but not yet painted, so it never shows at the old position.
  useLayoutEffect(() => {
    const before = shown.current
    // StrictMode runs effects twice on mount, and React may re-run this for the same location: nothing to do then.
    if (before?.key === location.key) return
    shown.current = location
    shownKey = location.key
    // A fresh load is a new entry, even when its key ("default" for the first one) was used by an earlier load in this tab.
    if (!before && !loadedIntoKnownEntry()) positions.delete(location.key)
    if (before && action === 'PUSH' && before.pathname !== location.pathname)
      leftFor.set(before.key, `${location.pathname}${location.search}`)
    const arrival = arrivalFor({
      action,
      before,
      location,
      saved: positions.get(location.key),
      leftFor: leftFor.get(location.key),
      focusHeading: asksForHeading(location.state),
    })
    for (const stop of stopTrying.current) stop()
    stopTrying.current = [
      ...(arrival.scroll ? [keepTrying(scrollAttempt(arrival.scroll))] : []),
      ...(arrival.focus ? [keepTrying(focusAttempt(arrival.focus))] : []),
    ]
    // The entry's position from the start, in case the person leaves it without scrolling.
    // Read afresh only where the page was laid out already (just scrolled): a change within a page moves nothing,
    // and the first page's position is read once it has painted (below).
    if (arrival.scroll) lastScrollY = window.scrollY
    remember()
  }, [location, action])
}
