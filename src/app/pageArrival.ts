// What arriving at a location does to the scroll position and the focus:
// react-router's <ScrollRestoration> needs the data router, which the app
// does not use (see README), so these are the app's own rules. A page opened
// from a link starts at its top with its heading focused; Back and Forward
// return to where the person was on that entry, with focus on the link they
// left by; a change within a page (a filter, the period) moves nothing,
// unless it replaces what the page is about (another council chosen), when
// the page asks for its heading; and the first load is left as the browser drew it.

export type NavigationAction = 'POP' | 'PUSH' | 'REPLACE'

type Place = { pathname: string; search: string; hash: string }

export type ArrivalInput = {
  action: NavigationAction
  /** The location shown before this one; undefined on the first load. */
  before: Place | undefined
  location: Place
  /** The scroll position last seen on this history entry, if it was seen before. */
  saved: number | undefined
  /** The address this entry was last left for by a link (the link the person used), if it was. */
  leftFor?: string | undefined
  /** The page asked for its heading (FOCUS_HEADING in src/lib/focusHeading.ts): a change within it that replaced its subject and the control that made it. */
  focusHeading?: boolean
}

export type Arrival = {
  scroll: { to: 'top' } | { to: 'position'; y: number } | { to: 'element'; id: string } | null
  /** The heading of the new page, or the part of it the address names; on Back, the link the person left by (`href`), else the heading. */
  focus: { to: 'heading' } | { to: 'element'; id: string } | { to: 'link'; href: string } | null
}

const NOTHING: Arrival = { scroll: null, focus: null }

export function arrivalFor({ action, before, location, saved, leftFor, focusHeading = false }: ArrivalInput): Arrival {
  // A reload is the first load of an entry seen before: back where it was, focus untouched.
  if (!before) return saved === undefined ? NOTHING : { scroll: { to: 'position', y: saved }, focus: null }
  const samePage = before.pathname === location.pathname
  const hash = decodeHash(location.hash)
  if (action === 'POP') {
    // A fragment link within the page (the skip link) is the browser's to scroll and focus.
    if (samePage && hash) return NOTHING
    const scroll = saved !== undefined ? { to: 'position' as const, y: saved } : samePage ? null : { to: 'top' as const }
    return { scroll, focus: samePage ? null : { to: 'link', href: leftFor ?? `${before.pathname}${before.search}` } }
  }
  if (hash && (!samePage || hash !== decodeHash(before.hash)))
    return { scroll: { to: 'element', id: hash }, focus: { to: 'element', id: hash } }
  if (samePage) return focusHeading ? { scroll: null, focus: { to: 'heading' } } : NOTHING
  return { scroll: { to: 'top' }, focus: { to: 'heading' } }
}

function decodeHash(hash: string): string {
  const id = hash.replace(/^#/, '')
  try {
    return decodeURIComponent(id)
  } catch {
    return id
  }
}
