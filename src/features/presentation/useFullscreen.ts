import { useCallback, useEffect, useState } from 'react'

// The Fullscreen API on the whole page. A browser may refuse (headless, an
// iframe without permission, a kiosk policy): the deck then says so and
// carries on in the window, where F11 still works.
export function useFullscreen() {
  const supported = typeof document !== 'undefined' && typeof document.documentElement.requestFullscreen === 'function'
  const [active, setActive] = useState(() => supported && document.fullscreenElement !== null)
  const [error, setError] = useState('')

  useEffect(() => {
    if (!supported) return
    const onChange = () => setActive(document.fullscreenElement !== null)
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [supported])

  const toggle = useCallback(async () => {
    setError('')
    try {
      if (document.fullscreenElement) await document.exitFullscreen()
      else await document.documentElement.requestFullscreen()
    } catch {
      setError('This browser did not allow full screen here. Use its own full-screen key (often F11) instead.')
    }
  }, [])

  return { supported, active, error, toggle }
}
