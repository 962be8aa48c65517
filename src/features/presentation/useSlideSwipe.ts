// Swipes on a touch screen (a tablet at the committee table): a finger that
// moves far enough sideways between touching the slide and lifting changes
// slide, by slideKeys.ts's table. Pointer events, so touch and pen work alike;
// a mouse drag is left to select text. The slide's CSS (touch-action: pan-y)
// keeps up-and-down scrolling for the browser and sends sideways moves here.
import { useEffect, type RefObject } from 'react'
import { moveTo, swipeCommand } from './slideKeys'

type Options = {
  count: number
  current: RefObject<number>
  goTo: (slide: number) => void
}

export function useSlideSwipe(target: RefObject<HTMLElement | null>, { count, current, goTo }: Options): void {
  useEffect(() => {
    const element = target.current
    if (!element) return
    let start: { id: number; x: number; y: number } | undefined
    const down = (event: PointerEvent) => {
      if (event.pointerType === 'mouse' || !event.isPrimary) return
      start = { id: event.pointerId, x: event.clientX, y: event.clientY }
    }
    const up = (event: PointerEvent) => {
      if (!start || event.pointerId !== start.id) return
      const command = swipeCommand(event.clientX - start.x, event.clientY - start.y)
      start = undefined
      if (command) goTo(moveTo(command, current.current, count))
    }
    // The browser took the touch over (a scroll or a zoom): not a swipe.
    const cancel = () => {
      start = undefined
    }
    element.addEventListener('pointerdown', down)
    element.addEventListener('pointerup', up)
    element.addEventListener('pointercancel', cancel)
    return () => {
      element.removeEventListener('pointerdown', down)
      element.removeEventListener('pointerup', up)
      element.removeEventListener('pointercancel', cancel)
    }
  }, [target, count, current, goTo])
}
