import type { DirectionResult } from '../domain/computeDirection'

const ARROWS = { up: '↑', down: '↓', same: '→' } as const
const MEANING_WORDS = {
  improving: 'Improving',
  worsening: 'Worsening',
  'no-change': 'No real change',
  none: '',
} as const

/** The direction in words: "Up, worsening", "Down", "No direction". */
export function directionWords(direction: Pick<DirectionResult, 'raw' | 'meaning'>): string {
  if (direction.raw === null) return 'No direction'
  const movement = direction.raw === 'same' ? 'No real change' : direction.raw === 'up' ? 'Up' : 'Down'
  if (direction.meaning === 'none' || direction.meaning === 'no-change') return movement
  return `${movement}, ${MEANING_WORDS[direction.meaning].toLowerCase()}`
}

/** A scorecard direction, or an official one (src/domain/official/officialDirection.ts): both say raw, meaning and reason. */
type Props = { direction: Pick<DirectionResult, 'raw' | 'meaning' | 'reason'>; showReason?: boolean }

/** An arrow for what the number did, plus words for what that means given polarity. */
export function DirectionIndicator({ direction, showReason = false }: Props) {
  const words = directionWords(direction)
  return (
    <span className={`direction direction-${direction.meaning}`} title={direction.reason}>
      {direction.raw && (
        <span className="direction-arrow" aria-hidden="true">
          {ARROWS[direction.raw]}
        </span>
      )}
      <span className="direction-words">{words}</span>
      {showReason && <span className="direction-reason"> {direction.reason}</span>}
    </span>
  )
}
