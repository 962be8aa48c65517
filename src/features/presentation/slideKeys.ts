// What each key does while presenting. Presentation clickers send Page Up /
// Page Down (some send arrows or space), so all of them move between slides.
export type SlideCommand =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'leave' }
  | { kind: 'digit'; digit: string }
  | { kind: 'jump' }
  | { kind: 'erase' }

export type KeyInfo = { key: string; shiftKey?: boolean; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean }

/** The command for a key press, or null for keys the deck leaves alone. */
export function slideCommand({ key, shiftKey = false, altKey = false, ctrlKey = false, metaKey = false }: KeyInfo): SlideCommand | null {
  // Browser and system shortcuts (Alt+Left is "back", Ctrl+End…) are not ours.
  if (altKey || ctrlKey || metaKey) return null
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return { kind: 'next' }
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { kind: 'previous' }
    case ' ':
    case 'Spacebar':
      return { kind: shiftKey ? 'previous' : 'next' }
    case 'Home':
      return { kind: 'first' }
    case 'End':
      return { kind: 'last' }
    case 'Escape':
    case 'Esc':
      return { kind: 'leave' }
    case 'Enter':
      return { kind: 'jump' }
    case 'Backspace':
      return { kind: 'erase' }
    default:
      return /^[0-9]$/.test(key) ? { kind: 'digit', digit: key } : null
  }
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
