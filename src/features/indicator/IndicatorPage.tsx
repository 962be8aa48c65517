// One indicator in full: its figure for the chosen period with a plain-English
// summary, the trend chart and the same figures as a table, the commentary as
// printed, its metadata and notes, and what the source itself reported.
import { lazy, Suspense, useMemo } from 'react'
import { Link, useLocation, useParams, useSearchParams } from 'react-router'
import { BackLink } from '../../components/BackLink'
import { TrendFigure } from '../../components/charts/TrendFigure'
import { DirectionIndicator } from '../../components/DirectionIndicator'
import { PeriodSelect } from '../../components/PeriodSelect'
import { RagBadge } from '../../components/RagBadge'
import { assessIndicator } from '../../domain/assessIndicator'
import { describeAssessment } from '../../domain/describeIndicator'
import { entryAtPoint } from '../../domain/entryAtPoint'
import { staleReason } from '../../domain/figureAge'
import { formatCell } from '../../domain/formatValue'
import { entryPeriods } from '../../domain/periodsWithData'
import type { Indicator } from '../../domain/scorecardSchema'
import { FREQUENCY_WORDS } from '../../domain/wording'
import { onwardFrom, paths } from '../../lib/paths'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { useLoadedScorecard, useSelectedPeriod } from '../../lib/useLoadedScorecard'
import { IndicatorDetails, IndicatorNotes, IndicatorSources } from './IndicatorMetadata'
import { ReportedDisagreement } from './ReportedStatus'
import { SourceNotes } from './SourceNotes'
import { CommentaryList } from './CommentaryList'
import { Loading } from '../../components/StatusMessages'
import './indicator.css'

// Only an indicator that names an official measure loads the published figures and their code.
const PublishedSection = lazy(async () => ({ default: (await import('./PublishedSection')).PublishedSection }))

export function IndicatorPage() {
  const { ref = '' } = useParams()
  const { scorecard } = useLoadedScorecard()
  const [params] = useSearchParams()
  const index = scorecard.indicators.findIndex((i) => i.ref === ref)
  const indicator = scorecard.indicators[index]
  useDocumentTitle(indicator ? `${indicator.ref} ${indicator.title}` : 'Indicator not found')
  // Only the period asked for travels to the links (as the main navigation does).
  const period = params.get('period')

  if (!indicator) {
    return (
      <>
        <h1>Indicator not found</h1>
        <p className="status status-empty">No indicator with ref “{ref}” is in the loaded scorecard.</p>
        <p>
          <BackLink fallback={{ label: 'scorecard', href: paths.scorecard.href({ period }) }} />
        </p>
      </>
    )
  }
  return (
    <IndicatorView
      indicator={indicator}
      previous={scorecard.indicators[index - 1]}
      next={scorecard.indicators[index + 1]}
      linkPeriod={period}
    />
  )
}

type ViewProps = { indicator: Indicator; previous: Indicator | undefined; next: Indicator | undefined; linkPeriod: string | null }

function IndicatorView({ indicator, previous, next, linkPeriod }: ViewProps) {
  const { scorecard } = useLoadedScorecard()
  const { period: point, periods, requestedId } = useSelectedPeriod()

  // One of the indicator's own periods, asked for by id (its own picker), is shown as it is. Otherwise the
  // chosen reporting point shows the indicator's latest entry by then, and says so; failing that, its latest.
  const ownPeriods = useMemo(() => entryPeriods(indicator, periods), [indicator, periods])
  const atPoint = useMemo(() => (point ? entryAtPoint(indicator, point, periods) : undefined), [indicator, point, periods])
  const ownAsked = requestedId !== null && ownPeriods.some((p) => p.id === requestedId)
  const periodId = ownAsked ? requestedId : (atPoint?.period.id ?? ownPeriods.at(-1)?.id ?? point?.id ?? '')
  const period = periods.get(periodId)
  const requested = ownAsked ? undefined : point
  const stale = !ownAsked && atPoint?.freshness === 'stale'
  // Still the current figure for an indicator reported less often than the point (an annual one at a quarter).
  const lessOften = !ownAsked && atPoint?.freshness === 'current' && !atPoint.forPoint
  const assessment = useMemo(() => assessIndicator(indicator, periodId, periods), [indicator, periodId, periods])
  const summary = describeAssessment(assessment, periods)
  const { rag, direction, yearOnYear } = assessment
  const periodLabel = period?.label ?? periodId

  return (
    <>
      <p className="indicator-back">
        <BackLink fallback={{ label: 'scorecard', href: paths.scorecard.href({ period: linkPeriod }) }} />
      </p>
      <div className="page-heading indicator-heading">
        <h1>
          <span className="indicator-ref">{indicator.ref}</span> {indicator.title}
        </h1>
        {ownPeriods.length > 0 && <PeriodSelect periods={ownPeriods} value={periodId} label="Period" />}
      </div>
      {requested && periodId !== requested.id && (
        <p className="indicator-period-notice">
          {lessOften ? (
            `${indicator.ref} is reported ${FREQUENCY_WORDS[indicator.frequency].reported}: at ${requested.label} its latest figure is for ${periodLabel}.`
          ) : (
            <>
              {indicator.ref} has no entry for {requested.label}, so its latest period{periodId === ownPeriods.at(-1)?.id ? '' : ' by then'}
              , {periodLabel}, is shown.
              {stale && ` That figure is out of date. ${staleReason(indicator.ref, indicator.frequency)}`}
            </>
          )}
        </p>
      )}

      <section aria-labelledby="indicator-now-heading" className="indicator-now">
        <h2 id="indicator-now-heading">{periodLabel}</h2>
        <p className="indicator-headline">
          <span className="indicator-value">{formatCell(assessment.cell, indicator.unit, { withUnit: true })}</span>
          <RagBadge rating={rag.rating} size="large" />
          <DirectionIndicator direction={direction} />
        </p>
        <p className="indicator-summary">{summary}</p>
        <dl className="indicator-facts">
          <div>
            <dt>Rating</dt>
            <dd>{rag.reason}</dd>
          </div>
          <div>
            <dt>Since the previous figure</dt>
            <dd>{direction.reason}</dd>
          </div>
          <div>
            <dt>Year on year</dt>
            <dd>
              {yearOnYear.raw !== null && (
                <>
                  <DirectionIndicator direction={yearOnYear} />{' '}
                </>
              )}
              {yearOnYear.reason}
            </dd>
          </div>
        </dl>
        <ReportedDisagreement assessment={assessment} />
      </section>

      <section aria-labelledby="indicator-trend-heading">
        <h2 id="indicator-trend-heading">Trend</h2>
        {/* Below the figure and its summary on a phone: drawn as it nears the screen. */}
        <TrendFigure indicator={indicator} scorecard={scorecard} periods={periods} periodId={periodId} table drawWhen="near-screen" />
      </section>

      {indicator.official && (
        <Suspense fallback={<Loading what="the published figures" />}>
          <PublishedSection indicator={indicator} periods={periods} />
        </Suspense>
      )}

      <section aria-labelledby="indicator-commentary-heading">
        <h2 id="indicator-commentary-heading">Commentary</h2>
        <CommentaryList indicator={indicator} periods={periods} documents={scorecard.documents} />
      </section>

      <section aria-labelledby="indicator-about-heading">
        <h2 id="indicator-about-heading">About this indicator</h2>
        <IndicatorDetails indicator={indicator} scorecard={scorecard} />
      </section>

      <section aria-labelledby="indicator-notes-heading">
        <h2 id="indicator-notes-heading">Notes</h2>
        <IndicatorNotes indicator={indicator} periods={periods} documents={scorecard.documents} />
      </section>

      <section aria-labelledby="indicator-sources-heading">
        <h2 id="indicator-sources-heading">Source documents</h2>
        <IndicatorSources indicator={indicator} documents={scorecard.documents} />
        <SourceNotes assessment={assessment} periods={periods} documents={scorecard.documents} />
      </section>

      <nav aria-label="Previous and next indicators" className="indicator-pager">
        <ul>
          {previous && <PagerLink to={previous} rel="prev" period={linkPeriod} />}
          {next && <PagerLink to={next} rel="next" period={linkPeriod} />}
        </ul>
      </nav>
    </>
  )
}

function PagerLink({ to, rel, period }: { to: { ref: string; title: string }; rel: 'prev' | 'next'; period: string | null }) {
  // "Back to …" on the next page still names, and returns to, the page this one was opened from.
  const { state } = useLocation()
  return (
    <li className={rel === 'prev' ? 'indicator-pager-previous' : 'indicator-pager-next'}>
      <Link to={paths.indicator.href(to.ref, { period })} rel={rel} state={onwardFrom(state)}>
        <span className="indicator-pager-direction">{rel === 'prev' ? 'Previous indicator' : 'Next indicator'}</span>{' '}
        <span className="indicator-pager-title">
          {to.ref} {to.title}
        </span>
      </Link>
    </li>
  )
}
