import { describe, expect, it } from 'vitest'
import {
  keyFooterText,
  keyHelpRows,
  keyLabel,
  moveTo,
  SLIDE_KEYS,
  slideCommand,
  SWIPE_MIN_DISTANCE,
  swipeCommand,
  swipeHelpText,
} from '../../../src/features/presentation/slideKeys'

describe('slide keys', () => {
  it('maps the keys presenters and clickers send', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(slideCommand({ key })).toEqual({ kind: 'next' })
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(slideCommand({ key })).toEqual({ kind: 'previous' })
    expect(slideCommand({ key: ' ', shiftKey: true })).toEqual({ kind: 'previous' })
    expect(slideCommand({ key: 'Home' })).toEqual({ kind: 'first' })
    expect(slideCommand({ key: 'End' })).toEqual({ kind: 'last' })
    expect(slideCommand({ key: 'Escape' })).toEqual({ kind: 'leave' })
    expect(slideCommand({ key: '7' })).toEqual({ kind: 'digit', digit: '7' })
    expect(slideCommand({ key: 'Enter' })).toEqual({ kind: 'jump' })
    expect(slideCommand({ key: 'Backspace' })).toEqual({ kind: 'erase' })
  })

  it('leaves other keys and browser shortcuts alone', () => {
    expect(slideCommand({ key: 'a' })).toBeNull()
    expect(slideCommand({ key: 'Tab' })).toBeNull()
    expect(slideCommand({ key: 'ArrowLeft', altKey: true })).toBeNull()
    expect(slideCommand({ key: 'End', ctrlKey: true })).toBeNull()
    expect(slideCommand({ key: '1', metaKey: true })).toBeNull()
  })

  it('moves within the deck and never past either end', () => {
    expect(moveTo({ kind: 'next' }, 3, 19)).toBe(4)
    expect(moveTo({ kind: 'next' }, 19, 19)).toBe(19)
    expect(moveTo({ kind: 'previous' }, 1, 19)).toBe(1)
    expect(moveTo({ kind: 'first' }, 12, 19)).toBe(1)
    expect(moveTo({ kind: 'last' }, 2, 19)).toBe(19)
    expect(moveTo({ kind: 'jump' }, 2, 19, '17')).toBe(17)
    expect(moveTo({ kind: 'jump' }, 2, 19, '99')).toBe(19)
    expect(moveTo({ kind: 'jump' }, 2, 19, '0')).toBe(2)
    expect(moveTo({ kind: 'jump' }, 2, 19, '')).toBe(2)
  })

  it('the handler does what the table says, for every key it lists', () => {
    for (const binding of SLIDE_KEYS) {
      for (const spec of binding.keys) {
        for (const key of spec.keys) {
          const shiftStates = spec.shift === undefined ? [false, true] : [spec.shift]
          for (const shiftKey of shiftStates) {
            const expected = binding.action === 'digit' ? { kind: 'digit', digit: key } : { kind: binding.action }
            expect(slideCommand({ key, shiftKey }), `${spec.name} (${JSON.stringify(key)}, shift ${shiftKey})`).toEqual(expected)
          }
        }
      }
    }
  })

  it('the chooser’s help names every listed key of every action it describes', () => {
    const rows = keyHelpRows()
    expect(rows).toEqual([
      { keys: 'Right arrow, Down arrow, Space or Page Down', does: 'Next slide' },
      { keys: 'Left arrow, Up arrow, Shift+Space or Page Up', does: 'Previous slide' },
      { keys: 'Home', does: 'First slide' },
      { keys: 'End', does: 'Last slide' },
      { keys: 'A number, then Enter', does: 'Go to that slide' },
      { keys: 'Esc', does: 'Stop presenting' },
    ])
    for (const binding of SLIDE_KEYS.filter((b) => b.does)) {
      const row = rows.find((r) => r.does === binding.does)!
      for (const spec of binding.keys) expect(row.keys).toContain(spec.name)
    }
  })

  it('the deck’s footer shows the same keys, short', () => {
    expect(keyFooterText()).toBe(
      'Next: → ↓ Space Page Down · Previous: ← ↑ Shift+Space Page Up · Go to a slide: number then Enter · Stop: Esc',
    )
    for (const binding of SLIDE_KEYS.filter((b) => b.footer)) {
      for (const spec of binding.keys) expect(keyFooterText()).toContain(spec.label ?? spec.name)
    }
    expect(keyLabel('leave')).toBe('Esc')
  })

  it('a swipe left is the next slide and a swipe right the previous, as a page is turned', () => {
    expect(swipeCommand(-120, 10)).toEqual({ kind: 'next' })
    expect(swipeCommand(120, -10)).toEqual({ kind: 'previous' })
    expect(swipeHelpText()).toBe('On a touch screen, swipe left for the next slide and right for the previous slide.')
  })

  it('a tap, a short drag or a scroll up and down is not a swipe', () => {
    expect(swipeCommand(0, 0)).toBeNull()
    expect(swipeCommand(SWIPE_MIN_DISTANCE - 1, 0)).toBeNull()
    expect(swipeCommand(-SWIPE_MIN_DISTANCE, 0)).toEqual({ kind: 'next' })
    // Slanted more than one in two: a scroll.
    expect(swipeCommand(-100, 60)).toBeNull()
    expect(swipeCommand(-40, 250)).toBeNull()
  })
})
