// One indicator on the overview, answering "where are we?" in one card: the
// figure (with its own period when it is not the point's), the rating once,
// the direction, the target, how it compares, and the first sentence of the
// commentary, verbatim. A compact card leaves out the target and commentary.
import { Link } from 'react-router'
import { DirectionIndicator } from '../../components/DirectionIndicator'
import { FigureAtPoint } from '../../components/FigureAtPoint'
import { RagBadge } from '../../components/RagBadge'
import type { Assessment } from '../../domain/assessIndicator'
import { fromWords } from '../../domain/changeSincePrevious'
import { describeTargetFor } from '../../domain/describeIndicator'
import { firstSentence } from '../../domain/firstSentence'
import { comparisonsSentence, paperComparisons } from '../../domain/howWeCompare'
import type { Period } from '../../domain/scorecardSchema'
import { linkedFrom, paths } from '../../lib/paths'

type Props = {
  assessment: Assessment
  periods: ReadonlyMap<string, Period>
  pointId: string
  /** full: target, comparators and commentary; movement: the figure before; figure: only the figure. */
  show: 'full' | 'movement' | 'figure'
}

/**
 * "Better than the England average of 226 days.": the papers' comparators,
 * or a plain "no comparator". The DfE's published figure is under "How we
 * compare", which loads it when it comes near the screen: shown here, it
 * would change the cards' height above a reader who has scrolled past them.
 */
export function ComparisonText({ assessment, periods }: Pick<Props, 'assessment' | 'periods'>) {
  const paper = comparisonsSentence(paperComparisons(assessment, periods))
  const dfe = assessment.indicator.official ? ' The DfE’s published figure is under “How we compare”.' : ''
  return (
    <p className={paper ? 'overview-card-compare' : 'overview-card-compare overview-card-none'}>
      {paper ?? 'No England or neighbour figure in the papers.'}
      {dfe}
    </p>
  )
}

export function OverviewCard({ assessment: a, periods, pointId, show }: Props) {
  const { indicator } = a
  const comment = indicator.commentary.find((c) => c.period === a.periodId)
  const opening = comment ? firstSentence(comment.text) : undefined
  const from = fromWords(a)
  return (
    <li className={`overview-card overview-card--${show}`}>
      <Link
        className="overview-card-title"
        to={paths.indicator.href(indicator.ref, { period: pointId })}
        state={linkedFrom('what needs attention', `${paths.overview.href({ period: pointId })}#attention`)}
      >
        <span className="overview-card-ref">{indicator.ref}</span> {indicator.title}
      </Link>
      <p className="overview-card-facts">
        <span className="overview-card-value">
          <FigureAtPoint assessment={a} />
        </span>{' '}
        <RagBadge rating={a.rag.rating} title={a.rag.reason} /> <DirectionIndicator direction={a.direction} />
        {show === 'movement' && from && <span className="overview-card-from">({from})</span>}
      </p>
      {show === 'full' && <p className="overview-card-target">Target {describeTargetFor(indicator, a.periodId, periods)}</p>}
      {show === 'full' && <ComparisonText assessment={a} periods={periods} />}
      {show === 'full' &&
        (opening ? (
          <blockquote className="overview-card-comment">
            <p>
              “{opening.sentence}”
              {opening.more && (
                <>
                  <span aria-hidden="true"> …</span>
                  <span className="visually-hidden"> (the commentary goes on)</span>
                </>
              )}
            </p>
          </blockquote>
        ) : (
          <p className="overview-card-none">No commentary for {periods.get(a.periodId)?.label ?? a.periodId}.</p>
        ))}
    </li>
  )
}
