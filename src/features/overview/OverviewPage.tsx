import { Link } from 'react-router'
import { RagBadge } from '../../components/RagBadge'
import { DirectionIndicator } from '../../components/DirectionIndicator'
import { formatCell } from '../../domain/formatValue'
import { assessScorecard, summariseBySection } from '../../domain/summarise'
import { useLoadedScorecard, useSelectedPeriod } from '../../lib/useLoadedScorecard'
import { useDocumentTitle } from '../../lib/useDocumentTitle'

export function OverviewPage() {
  const { scorecard } = useLoadedScorecard()
  const { periodId, period } = useSelectedPeriod()
  useDocumentTitle('Overview')
  const sections = summariseBySection(assessScorecard(scorecard, periodId), scorecard.sections)

  return (
    <>
      <h1>How are we doing in {period?.label ?? 'this period'}?</h1>
      {sections.map(({ section, assessments, counts }) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="overview-section">
          <h2 id={`section-${section.id}`}>{section.title}</h2>
          <p>
            {counts.red} red, {counts.amber} amber, {counts.green} green, {counts.unrated} not rated.
          </p>
          <ul>
            {assessments.map((a) => (
              <li key={a.indicator.ref}>
                <Link to={`/indicator/${encodeURIComponent(a.indicator.ref)}`}>
                  {a.indicator.ref} {a.indicator.title}
                </Link>
                : {formatCell(a.cell, a.indicator.unit)} <RagBadge rating={a.rag.rating} /> <DirectionIndicator direction={a.direction} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
