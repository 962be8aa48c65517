import { useEffect, useState } from 'react'

/**
 * How many of `target` things to draw now. The first render draws them all,
 * so it is the page as prerendered; when the count grows later (a long
 * scorecard assessed, "Show more", a filter cleared), `step` more come at
 * once and `step` more after each paint, so no single update of the page
 * holds the browser for as long as drawing all of them would (100 rows of
 * the table took 46–81 ms in one go here, a few times that on a tablet).
 * Past `4 × step`, each paint adds as many again as are drawn, so "Show all"
 * of 10,000 takes a few frames rather than hundreds (each of which lays out
 * the whole table). A smaller count is drawn at once.
 */
export function useCountInSteps(target: number, step: number): number {
  const [shown, setShown] = useState(target)
  const [seen, setSeen] = useState(target)
  let now = shown
  if (target !== seen) {
    // Adjusted while rendering (React's pattern for state that follows a prop): no frame shows the old count.
    now = target < shown ? target : Math.min(target, shown + step)
    setSeen(target)
    setShown(now)
  }

  useEffect(() => {
    if (now >= target) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // After the next paint: a timer set in a frame callback runs once that frame is on screen.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown((n) => Math.min(target, n + (n < 4 * step ? step : n))))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [now, target, step])

  return now
}
