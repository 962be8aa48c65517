import { Link } from 'react-router'
import { DirectionIndicator } from '../../components/DirectionIndicator'
import { RagBadge } from '../../components/RagBadge'
import { EXCEPTION_WORDS, type IndicatorException } from '../../domain/findExceptions'
import { formatCell } from '../../domain/formatValue'

export function ExceptionsList({ exceptions, search }: { exceptions: IndicatorException[]; search: string }) {
  if (exceptions.length === 0) return <p>Nothing is red, worsening, behind target or missing this period.</p>
  return (
    <ul className="exceptions-list">
      {exceptions.map(({ assessment: a, reasons }) => (
        <li key={a.indicator.ref} className="exception">
          <Link className="exception-link" to={{ pathname: `/indicator/${encodeURIComponent(a.indicator.ref)}`, search }}>
            <span className="exception-ref">{a.indicator.ref}</span> {a.indicator.title}
          </Link>
          <div className="exception-facts">
            <span className="exception-value">{formatCell(a.cell, a.indicator.unit, { withUnit: true })}</span>
            <RagBadge rating={a.rag.rating} title={a.rag.reason} />
            <DirectionIndicator direction={a.direction} />
          </div>
          <p className="exception-reasons">
            <span className="visually-hidden">Why it is listed: </span>
            {reasons.map((r) => (
              <span key={r} className={`reason-tag reason-${r}`}>
                {EXCEPTION_WORDS[r]}
              </span>
            ))}
          </p>
        </li>
      ))}
    </ul>
  )
}
