import type { RagRating } from '../domain/computeRag'
import { RAG_WORDS } from '../domain/ratingWords'

// Each rating has its own word, shape and colour, so it reads in black and
// white, to colour-blind users and to screen readers alike.
const RAG_SHAPES: Record<RagRating, string> = {
  red: 'M2 2h10v10H2z',
  amber: 'M7 1l6.5 11.5h-13z',
  green: 'M7 1.5a5.5 5.5 0 1 1 0 11a5.5 5.5 0 1 1 0-11z',
  none: 'M2 6h10v2H2z',
}

export function ragWord(rating: RagRating): string {
  return RAG_WORDS[rating]
}

type Props = { rating: RagRating; title?: string; size?: 'normal' | 'large' }

export function RagBadge({ rating, title, size = 'normal' }: Props) {
  const word = RAG_WORDS[rating]
  const shape = RAG_SHAPES[rating]
  return (
    <span className={`rag-badge rag-${rating} rag-badge--${size}`} title={title}>
      <svg className="rag-shape" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false">
        <path d={shape} />
      </svg>
      <span className="rag-word">{word}</span>
    </span>
  )
}
