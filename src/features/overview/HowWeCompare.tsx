// "How do we compare?": every indicator with a comparator, the papers' own
// (England, statistical neighbours, the North West) and, where it names a DfE
// measure, the DfE's published figure for the latest year by the point. The
// published figures load when this section comes near the screen, so the
// first page fetches none.
import { useEffect, useRef, type RefObject } from 'react'
import { Link } from 'react-router'
import { FigureAtPoint } from '../../components/FigureAtPoint'
import { ErrorMessage, Loading } from '../../components/StatusMessages'
import type { Assessment } from '../../domain/assessIndicator'
import { comparisonsSentence, englandSummary, paperComparisons } from '../../domain/howWeCompare'
import type { Period } from '../../domain/scorecardSchema'
import { linkedFrom, paths } from '../../lib/paths'
import type { PublishedAtPoint } from './usePublishedComparisons'

/** Calls `onNear` once the element is within a screen of the viewport (at once where the browser cannot tell). */
export function useWhenNear(ref: RefObject<Element | null>, onNear: () => void) {
  useEffect(() => {
    const element = ref.current
    if (!element || typeof IntersectionObserver === 'undefined') {
      onNear()
      return
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect()
          onNear()
        }
      },
      { rootMargin: '0px 0px 100% 0px' },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, onNear])
}

type Props = {
  assessments: readonly Assessment[]
  periods: ReadonlyMap<string, Period>
  pointId: string
  published: PublishedAtPoint
  onNear: () => void
}

export function HowWeCompare({ assessments, periods, pointId, published, onNear }: Props) {
  const ref = useRef<HTMLElement>(null)
  useWhenNear(ref, onNear)
  const ready = published.status === 'ready' ? published : undefined
  // An indicator that names a DfE measure is listed before and after the figures load, so the count stays as it was.
  const rows = assessments
    .map((a) => ({
      a,
      paper: comparisonsSentence(paperComparisons(a, periods)),
      dfe: ready?.byRef.get(a.indicator.ref),
      unpublished: ready?.unpublished.get(a.indicator.ref),
    }))
    .filter((r) => r.paper !== undefined || r.a.indicator.official !== undefined)
  const england = englandSummary(assessments, periods)
  const dfe = ready?.summary
  return (
    <section ref={ref} aria-labelledby="how-we-compare" className="how-we-compare">
      <h2 id="how-we-compare">How we compare ({rows.length})</h2>
      <p className="section-intro">
        The comparators printed in the papers beside each figure and, where an indicator names a DfE measure, its figure as published by the
        Department for Education for the latest year by then, with England and the council’s statistical neighbours.
      </p>
      {england && <p>{england}</p>}
      {dfe && <p>{dfe}</p>}
      {published.status === 'loading' && <Loading what="the DfE’s published figures" />}
      {published.status === 'error' && (
        <ErrorMessage title="The DfE’s published figures could not be loaded." onRetry={published.retry}>
          <p>{published.message}</p>
        </ErrorMessage>
      )}
      {published.status === 'no-council' && (
        <p className="status status-empty">
          “{published.authority}” is not a council in the DfE’s list, so its published figures cannot be shown.
        </p>
      )}
      {rows.length === 0 ? (
        <p>No indicator has a comparator for this period.</p>
      ) : (
        <ul className="overview-cards overview-cards--compact">
          {rows.map(({ a, paper, dfe: published, unpublished }) => (
            <li key={a.indicator.ref} className="overview-card overview-card--compare">
              <Link
                className="overview-card-title"
                to={paths.indicator.href(a.indicator.ref, { period: pointId })}
                state={linkedFrom('how we compare', `${paths.overview.href({ period: pointId })}#how-we-compare`)}
              >
                <span className="overview-card-ref">{a.indicator.ref}</span> {a.indicator.title}
              </Link>
              <p className="overview-card-facts">
                <span className="overview-card-value">
                  <FigureAtPoint assessment={a} />
                </span>
              </p>
              {paper && <p className="overview-card-compare">{paper}</p>}
              {published && <p className="overview-card-compare">{published.sentence}</p>}
              {unpublished && <p className="overview-card-compare">{unpublished}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
