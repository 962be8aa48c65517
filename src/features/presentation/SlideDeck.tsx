// Presenting a deck: one indicator per slide, driven by the keyboard (or a
// presentation clicker) from anywhere on the page, by swipes on a touch
// screen, or by the on-screen buttons. The deck is exactly the window's
// height, so a slide never scrolls on a projector (presentation.css). The slide number lives in the URL (replaced, not pushed, so Back
// leaves the deck rather than stepping through it) and each change is
// announced politely to screen readers.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router'
import { FOCUS_HEADING } from '../../lib/focusHeading'
import { paths } from '../../lib/paths'
import { labelFor } from '../../domain/periods'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { useLoadedScorecard, useSelectedPeriod } from '../../lib/useLoadedScorecard'
import { parseSlide, resolveDeck, type Deck } from './decks'
import { Slide } from './Slide'
import { keyFooterText, keyLabel } from './slideKeys'
import { useFullscreen } from './useFullscreen'
import { useSlideKeyboard } from './useSlideKeyboard'
import { useSlideSwipe } from './useSlideSwipe'

/**
 * Where Esc goes: the chooser the deck was opened from (with whatever else its
 * address held), else the chooser; either way for the deck's period, named in
 * the address, so the chooser cannot fall back to another default period.
 */
export function returnPath(state: unknown, periodId: string): string {
  const from = (state as { from?: unknown } | null)?.from
  const chooser = paths.present.href({ period: periodId })
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return chooser
  const url = new URL(from, 'http://app.invalid')
  url.searchParams.set('period', periodId)
  return `${url.pathname}${url.search}`
}

export function SlideDeck({ deckId }: { deckId: string }) {
  const { scorecard } = useLoadedScorecard()
  const { periodId } = useSelectedPeriod()
  const [params] = useSearchParams()
  const refs = params.get('refs')
  const deck = useMemo(() => resolveDeck(scorecard, deckId, refs, periodId), [scorecard, deckId, refs, periodId])
  const location = useLocation()
  const leaveTo = returnPath(location.state, periodId)

  if (!deck || deck.slides.length === 0) {
    return <EmptyDeck deck={deck} deckId={deckId} periodId={periodId} leaveTo={leaveTo} />
  }
  return <Presenting deck={deck} leaveTo={leaveTo} />
}

function EmptyDeck({ deck, deckId, periodId, leaveTo }: { deck: Deck | undefined; deckId: string; periodId: string; leaveTo: string }) {
  useDocumentTitle('Nothing to present')
  const { periods } = useSelectedPeriod()
  return (
    <div className="deck-empty">
      <h1>Nothing to present</h1>
      <p>
        {deck
          ? `The deck “${deck.title}” has no indicators with an entry for ${labelFor(periods, periodId)}.`
          : `There is no deck called “${deckId}” in this scorecard.`}
        {deck && deck.unknownRefs.length > 0 && ` These refs are not in the scorecard: ${deck.unknownRefs.join(', ')}.`}
      </p>
      <p>
        <Link to={paths.present.href({ period: periodId })}>Choose another deck</Link> or <Link to={leaveTo}>go back</Link>.
      </p>
    </div>
  )
}

function Presenting({ deck, leaveTo }: { deck: Deck; leaveTo: string }) {
  const { scorecard } = useLoadedScorecard()
  const { periods } = useSelectedPeriod()
  const [params, setParams] = useSearchParams()
  const location = useLocation()
  const navigate = useNavigate()
  const count = deck.slides.length
  const number = parseSlide(params.get('slide'), count)
  const slide = deck.slides[number - 1]!
  const { indicator } = slide.assessment
  const fullscreen = useFullscreen()
  const slideRef = useRef<HTMLElement>(null)
  useDocumentTitle(`${deck.title}: slide ${number} of ${count}`)

  // Key presses can arrive faster than the URL updates; count from the latest.
  const current = useRef(number)
  useLayoutEffect(() => {
    current.current = number
  }, [number])

  const goTo = useCallback(
    (target: number) => {
      if (target === current.current) return
      current.current = target
      const next = new URLSearchParams(params)
      next.set('slide', String(target))
      setParams(next, { replace: true, state: location.state, preventScrollReset: true })
    },
    [params, setParams, location.state],
  )

  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {})
    // The chooser is the same page (/present) at another address: it is asked for its heading, as a new page would focus it.
    void navigate(leaveTo, { state: FOCUS_HEADING })
  }, [navigate, leaveTo])

  // Arriving on the deck, put focus on the slide so the keys work at once and
  // a screen reader starts at the slide.
  useEffect(() => {
    slideRef.current?.focus({ preventScroll: true })
  }, [])

  // Each slide starts at its top (on a small screen the last one may have been scrolled).
  useEffect(() => {
    if (window.scrollY > 0) window.scrollTo(0, 0)
  }, [number])

  const typed = useSlideKeyboard({ count, current, goTo, leave })
  useSlideSwipe(slideRef, { count, current, goTo })

  const announcement = `Slide ${number} of ${count}: ${indicator.ref} ${indicator.title}`
  return (
    <div className="deck">
      <div className="deck-bar">
        <p className="deck-position">
          <span className="deck-title">{deck.title}</span>{' '}
          <span className="deck-number">
            Slide {number} of {count}
          </span>
        </p>
        <nav aria-label="Slides" className="deck-controls">
          <ul>
            <li>
              <button
                type="button"
                className="button button-secondary"
                aria-disabled={number === 1}
                onClick={() => goTo(Math.max(1, number - 1))}
              >
                Previous
              </button>
            </li>
            <li>
              <button
                type="button"
                className="button button-secondary"
                aria-disabled={number === count}
                onClick={() => goTo(Math.min(count, number + 1))}
              >
                Next
              </button>
            </li>
            {fullscreen.supported && (
              <li>
                <button
                  type="button"
                  className="button button-secondary"
                  aria-pressed={fullscreen.active}
                  onClick={() => void fullscreen.toggle()}
                >
                  Full screen
                </button>
              </li>
            )}
            <li>
              <button type="button" className="button button-secondary" onClick={leave}>
                Stop presenting <span className="deck-key-hint">({keyLabel('leave')})</span>
              </button>
            </li>
          </ul>
        </nav>
      </div>
      {typed !== '' && (
        <p className="deck-typed">
          Go to slide <strong>{typed}</strong>: press Enter ({keyLabel('leave')} to cancel)
        </p>
      )}
      {fullscreen.error && <p className="deck-notice">{fullscreen.error}</p>}
      <Slide ref={slideRef} slide={slide} scorecard={scorecard} periods={periods} />
      <div className="deck-footer">
        <p className="deck-help">
          {keyFooterText()}
          {deck.unknownRefs.length > 0 && ` · Not in the scorecard: ${deck.unknownRefs.join(', ')}`}
        </p>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  )
}
