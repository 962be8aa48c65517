// What each key (and each swipe) does while presenting, in one table: the
// keyboard handler (useSlideKeyboard), the swipe handler (useSlideSwipe), the
// deck chooser's "Keys while presenting" and the deck's footer all read it, so
// what the help says is what the keys do. Presentation clickers send Page Up /
// Page Down (some send arrows or space), so all of them move between slides.

export type SlideAction = 'next' | 'previous' | 'first' | 'last' | 'leave' | 'digit' | 'jump' | 'erase'

export type SlideCommand = { kind: Exclude<SlideAction, 'digit'> } | { kind: 'digit'; digit: string }

export type KeySpec = {
  /** KeyboardEvent.key values, older browsers' names included ("Spacebar", "Esc"). */
  keys: readonly string[]
  /** true: only with Shift held; false: only without; left out: either. */
  shift?: boolean
  /** How the chooser's table names the key: "Right arrow". */
  name: string
  /** How the deck's footer shows it, where space is short: "→". Default: the name. */
  label?: string
}

export type SlideBinding = {
  action: SlideAction
  keys: readonly KeySpec[]
  /** What it does, for the chooser's table: "Next slide". Left out: not listed (the row for another key covers it). */
  does?: string
  /** Its words in the deck's footer ("Next"); left out: not in the footer. */
  footer?: string
  /** The swipe on a touch screen that does it: a finger moving left brings the next slide, as a page is turned. */
  swipe?: 'left' | 'right'
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']

export const SLIDE_KEYS: readonly SlideBinding[] = [
  {
    action: 'next',
    does: 'Next slide',
    footer: 'Next',
    swipe: 'left',
    keys: [
      { keys: ['ArrowRight'], name: 'Right arrow', label: '→' },
      { keys: ['ArrowDown'], name: 'Down arrow', label: '↓' },
      { keys: [' ', 'Spacebar'], shift: false, name: 'Space' },
      { keys: ['PageDown'], name: 'Page Down' },
    ],
  },
  {
    action: 'previous',
    does: 'Previous slide',
    footer: 'Previous',
    swipe: 'right',
    keys: [
      { keys: ['ArrowLeft'], name: 'Left arrow', label: '←' },
      { keys: ['ArrowUp'], name: 'Up arrow', label: '↑' },
      { keys: [' ', 'Spacebar'], shift: true, name: 'Shift+Space' },
      { keys: ['PageUp'], name: 'Page Up' },
    ],
  },
  { action: 'first', does: 'First slide', keys: [{ keys: ['Home'], name: 'Home' }] },
  { action: 'last', does: 'Last slide', keys: [{ keys: ['End'], name: 'End' }] },
  // A number is typed digit by digit, then Enter goes there; the Enter row describes both.
  { action: 'digit', keys: [{ keys: DIGITS, name: 'A number' }] },
  { action: 'erase', keys: [{ keys: ['Backspace'], name: 'Backspace' }] },
  {
    action: 'jump',
    does: 'Go to that slide',
    footer: 'Go to a slide',
    keys: [{ keys: ['Enter'], name: 'A number, then Enter', label: 'number then Enter' }],
  },
  { action: 'leave', does: 'Stop presenting', footer: 'Stop', keys: [{ keys: ['Escape', 'Esc'], name: 'Esc' }] },
]

export type KeyInfo = { key: string; shiftKey?: boolean; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean }

/** The command for a key press, or null for keys the deck leaves alone. */
export function slideCommand({ key, shiftKey = false, altKey = false, ctrlKey = false, metaKey = false }: KeyInfo): SlideCommand | null {
  // Browser and system shortcuts (Alt+Left is "back", Ctrl+End…) are not ours.
  if (altKey || ctrlKey || metaKey) return null
  for (const binding of SLIDE_KEYS) {
    const matches = binding.keys.some((spec) => spec.keys.includes(key) && (spec.shift === undefined || spec.shift === shiftKey))
    if (!matches) continue
    return binding.action === 'digit' ? { kind: 'digit', digit: key } : { kind: binding.action }
  }
  return null
}

/**
 * A swipe is a mostly sideways movement of at least this many CSS pixels, about
 * the width of a fingertip and a half: a tap, a finger's wobble or a scroll up
 * and down is not one.
 */
export const SWIPE_MIN_DISTANCE = 50

/** The command for a finger that moved `dx`, `dy` pixels between touching and lifting, or null when that is not a swipe. */
export function swipeCommand(dx: number, dy: number): SlideCommand | null {
  // At least twice as far sideways as up or down: a slanted scroll stays a scroll.
  if (Math.abs(dx) < SWIPE_MIN_DISTANCE || Math.abs(dx) < 2 * Math.abs(dy)) return null
  const direction = dx < 0 ? 'left' : 'right'
  const found = SLIDE_KEYS.find((b) => b.swipe === direction)
  return found && found.action !== 'digit' ? { kind: found.action } : null
}

/** "On a touch screen, swipe left for the next slide and right for the previous one." */
export function swipeHelpText(): string {
  const words = (direction: 'left' | 'right') => SLIDE_KEYS.find((b) => b.swipe === direction)?.does?.toLowerCase()
  return `On a touch screen, swipe left for the ${words('left')} and right for the ${words('right')}.`
}

/** The slide a command moves to from `current` (1-based) in a deck of `count`. */
export function moveTo(command: SlideCommand, current: number, count: number, typed = ''): number {
  const clamp = (n: number) => Math.min(Math.max(n, 1), Math.max(count, 1))
  switch (command.kind) {
    case 'next':
      return clamp(current + 1)
    case 'previous':
      return clamp(current - 1)
    case 'first':
      return 1
    case 'last':
      return clamp(count)
    case 'jump': {
      const n = Number.parseInt(typed, 10)
      return Number.isFinite(n) && n > 0 ? clamp(n) : current
    }
    default:
      return current
  }
}

function binding(action: SlideAction): SlideBinding {
  return SLIDE_KEYS.find((b) => b.action === action)!
}

/** "Right arrow, Down arrow, Space or Page Down". */
function orList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`
}

/** The chooser's "Keys while presenting" rows: the keys in words, and what they do. */
export function keyHelpRows(): Array<{ keys: string; does: string }> {
  return SLIDE_KEYS.flatMap((b) => (b.does ? [{ keys: orList(b.keys.map((k) => k.name)), does: b.does }] : []))
}

/** The deck's footer line: "Next: → ↓ Space Page Down · Previous: … · Stop: Esc". */
export function keyFooterText(): string {
  return SLIDE_KEYS.flatMap((b) => (b.footer ? [`${b.footer}: ${b.keys.map((k) => k.label ?? k.name).join(' ')}`] : [])).join(' · ')
}

/** The key for an action as the footer shows it, for hints beside a button: "Esc". */
export function keyLabel(action: SlideAction): string {
  const first = binding(action).keys[0]!
  return first.label ?? first.name
}
