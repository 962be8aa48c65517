// Commentary exactly as printed, newest period first. Rendered as text, never
// as HTML.
import { SourceCitation } from '../../components/SourceCitation'
import { comparePeriods } from '../../domain/periods'
import type { Indicator, Period, SourceDocument } from '../../domain/scorecardSchema'

type Props = { indicator: Indicator; periods: ReadonlyMap<string, Period>; documents: readonly SourceDocument[] }

export function CommentaryList({ indicator, periods, documents }: Props) {
  const items = indicator.commentary
    .map((c) => ({ c, period: periods.get(c.period) }))
    .sort((a, b) => (a.period && b.period ? comparePeriods(b.period, a.period) : 0))
  if (items.length === 0) return <p>No commentary is given for this indicator.</p>
  return (
    <ol className="indicator-commentary">
      {items.map(({ c, period }, i) => (
        <li key={i}>
          <h3>{period?.label ?? c.period}</h3>
          <blockquote>
            <p className="indicator-verbatim-text">{c.text}</p>
          </blockquote>
          <p className="indicator-source">
            Source: <SourceCitation source={c.source} documents={documents} />
          </p>
        </li>
      ))}
    </ol>
  )
}
