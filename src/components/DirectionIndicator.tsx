import type { DirectionResult } from '../domain/computeDirection'
import { directionWords } from '../domain/ratingWords'

const ARROWS = { up: '↑', down: '↓', same: '→' } as const

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
