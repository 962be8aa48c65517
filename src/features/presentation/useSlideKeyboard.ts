// The deck's keys (slideKeys.ts's table) from anywhere on the page, except
// where a key belongs to what has focus: a text field, or Space and Enter on
// a button or link. A number typed digit by digit, then Enter, goes to that
// slide; Esc first clears a half-typed number, then leaves.
import { useLayoutEffect, useState, type RefObject } from 'react'
import { moveTo, slideCommand } from './slideKeys'

/** Keys typed into these are theirs, not the deck's. */
const TEXT_ENTRY = 'input, select, textarea, [contenteditable="true"]'
/** Space and Enter press these, so the deck leaves those keys to them. */
const PRESSABLE = 'button, a[href], summary'

type Options = {
  count: number
  /** The slide shown (1-based), kept current by the caller: key presses can arrive faster than the URL updates. */
  current: RefObject<number>
  goTo: (slide: number) => void
  leave: () => void
}

/** Listens for the deck's keys; returns the number typed so far ('' when none). */
export function useSlideKeyboard({ count, current, goTo, leave }: Options): string {
  const [typed, setTyped] = useState('')

  // A layout effect, so the keys work from the moment the slide is on screen.
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return
      const command = slideCommand(event)
      if (!command) return
      const target = event.target instanceof Element ? event.target : null
      if (target?.closest(TEXT_ENTRY)) return
      const onPressable = Boolean(target?.closest(PRESSABLE))
      switch (command.kind) {
        case 'digit':
          setTyped((t) => (t + command.digit).slice(-4))
          break
        case 'erase':
          if (typed === '') return
          setTyped((t) => t.slice(0, -1))
          break
        case 'jump':
          // Enter with no number typed presses the focused button or link.
          if (typed === '') return
          goTo(moveTo(command, current.current, count, typed))
          setTyped('')
          break
        case 'leave':
          if (typed !== '') setTyped('')
          else leave()
          break
        case 'next':
        case 'previous':
          if (event.key === ' ' && onPressable) return
          goTo(moveTo(command, current.current, count))
          setTyped('')
          break
        default:
          goTo(moveTo(command, current.current, count))
          setTyped('')
      }
      event.preventDefault()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [count, current, goTo, leave, typed])

  return typed
}
