// What red, amber, green and "not rated" mean, one click away on every
// overview: worded from the rules the engine applies (computeRag.ts), so the
// amber rule is the data's, not one council's sentence.
import { RagBadge } from '../../components/RagBadge'
import { noRealChangeWords } from '../../domain/computeDirection'
import { ragKey } from '../../domain/computeRag'
import type { Indicator } from '../../domain/scorecardSchema'

export function RatingRules({ indicators }: { indicators: readonly Indicator[] }) {
  return (
    <details className="rating-rules">
      <summary>What the ratings mean</summary>
      <ul>
        {ragKey(indicators).map(({ rating, meaning }) => (
          <li key={rating}>
            <RagBadge rating={rating} /> {meaning}.
          </li>
        ))}
        <li>Direction of travel compares each figure with the one before it; {noRealChangeWords()} is no real change.</li>
      </ul>
    </details>
  )
}
