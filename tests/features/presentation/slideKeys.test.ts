import { describe, expect, it } from 'vitest'
import { moveTo, slideCommand } from '../../../src/features/presentation/slideKeys'

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
})
