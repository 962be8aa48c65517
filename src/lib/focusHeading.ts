// Navigation state with which a page asks for its heading to be focused
// though the address stays on the same page: a change that replaced what the
// page is about, and with it the control that made it (a council chosen).
// src/app/usePageArrival.ts carries it out.
export const FOCUS_HEADING = { focusHeading: true } as const

/** Whether a location's state is FOCUS_HEADING. */
export function asksForHeading(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { focusHeading?: unknown }).focusHeading === true
}
