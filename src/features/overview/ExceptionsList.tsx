import { Link } from 'react-router'
import { DirectionIndicator } from '../../components/DirectionIndicator'
import { FigureAtPoint } from '../../components/FigureAtPoint'
import { RagBadge } from '../../components/RagBadge'
import { EXCEPTION_WORDS, type ExceptionReason, type IndicatorException } from '../../domain/findExceptions'
import { linkedFrom, paths } from '../../lib/paths'

const GROUP_HEADINGS: Record<ExceptionReason, string> = {
  red: 'Red',
  'missed-target': 'Behind target but not red',
  worsening: 'Worsening since the previous figure',
  'no-data': 'No figure this period',
}

/** Exceptions grouped by their most serious reason; every reason still shows as a tag. */
export function ExceptionsList({ exceptions, periodId }: { exceptions: IndicatorException[]; periodId: string }) {
  if (exceptions.length === 0) return <p>Nothing is red, worsening, behind target or missing this period.</p>
  const groups = (Object.keys(GROUP_HEADINGS) as ExceptionReason[])
    .map((reason) => ({ reason, items: exceptions.filter((e) => e.reasons[0] === reason) }))
    .filter((g) => g.items.length > 0)
  return (
    <>
      {groups.map(({ reason, items }) => (
        <section key={reason} aria-labelledby={`exceptions-${reason}`} className="exception-group">
          <h3 id={`exceptions-${reason}`}>
            {GROUP_HEADINGS[reason]} ({items.length})
          </h3>
          <ExceptionItems exceptions={items} periodId={periodId} />
        </section>
      ))}
    </>
  )
}

function ExceptionItems({ exceptions, periodId }: { exceptions: IndicatorException[]; periodId: string }) {
  return (
    <ul className="exceptions-list">
      {exceptions.map(({ assessment: a, reasons }) => (
        <li key={a.indicator.ref} className="exception">
          <Link
            className="exception-link"
            to={paths.indicator.href(a.indicator.ref, { period: periodId })}
            state={linkedFrom('what needs attention', `${paths.overview.href({ period: periodId })}#attention`)}
          >
            <span className="exception-ref">{a.indicator.ref}</span> {a.indicator.title}
          </Link>
          <div className="exception-facts">
            <span className="exception-value">
              <FigureAtPoint assessment={a} />
            </span>
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
