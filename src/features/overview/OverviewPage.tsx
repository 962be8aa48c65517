import { lazy, Suspense, useCallback, useMemo, useState } from 'react'
import { Link } from 'react-router'
import { PeriodSelect } from '../../components/PeriodSelect'
import { hasEntry } from '../../domain/assessIndicator'
import { asAtSentence, meetingDateFor } from '../../domain/asAtLine'
import { buildQuarterSummary } from '../../domain/buildQuarterSummary'
import { findNewlyRed, hasWorsened } from '../../domain/changeSincePrevious'
import { ragKey } from '../../domain/computeRag'
import { findExceptions } from '../../domain/findExceptions'
import { englandSummary } from '../../domain/howWeCompare'
import { coverageText } from '../../domain/reportingPoints'
import { assessScorecard, COHORT_LABELS, countAssessments, summariseByCohort, summariseBySection } from '../../domain/summarise'
import { paths } from '../../lib/paths'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { useLoadedScorecard, useSelectedPeriod } from '../../lib/useLoadedScorecard'
import { CountsTable } from './CountsTable'
import { ExceptionsList } from './ExceptionsList'
import { HowWeCompare } from './HowWeCompare'
import { RatingRules } from './RatingRules'
import type { PublishedAtPoint } from './usePublishedComparisons'
import { YearsWhole } from '../../components/YearsWhole'
import './overview.css'

// Off the first page: it brings the official data's loaders and rules.
const PublishedComparisonsLoader = lazy(() => import('./PublishedComparisonsLoader'))

const COHORT_PAGES = new Set(['cared-for-children', 'care-leavers', 'sufficiency'])

export function OverviewPage() {
  const { scorecard } = useLoadedScorecard()
  const { periodId, period, periods, choices, coverage, laterPartial } = useSelectedPeriod()
  useDocumentTitle(`Overview, ${period?.label ?? ''}`)
  // The DfE's published figures load once "How we compare" comes near the screen.
  const [compareWanted, setCompareWanted] = useState(false)
  const wantCompare = useCallback(() => setCompareWanted(true), [])
  const [loaded, setLoaded] = useState<PublishedAtPoint | null>(null)
  const published: PublishedAtPoint = compareWanted
    ? (loaded ?? { status: 'loading' })
    : { status: scorecard.indicators.some((i) => i.official) ? 'waiting' : 'off' }

  const view = useMemo(() => {
    const inPeriod = assessScorecard(scorecard, periodId).filter(hasEntry)
    const england = englandSummary(inPeriod, periods)
    return {
      inPeriod,
      summary: period ? [...buildQuarterSummary(inPeriod, period), ...(england ? [england] : [])] : [],
      asAt: period ? asAtSentence(period, meetingDateFor(scorecard, period, inPeriod)) : undefined,
      exceptions: findExceptions(inPeriod),
      worse: inPeriod.filter(hasWorsened),
      newlyRed: period ? findNewlyRed(scorecard, period, inPeriod) : undefined,
      rules: ragKey(scorecard.indicators),
      sections: summariseBySection(inPeriod, scorecard.sections).filter((s) => s.counts.total > 0),
      cohorts: summariseByCohort(inPeriod).filter((c) => c.counts.total > 0),
      total: countAssessments(inPeriod),
    }
  }, [scorecard, periodId, period, periods])

  return (
    <>
      <div className="page-heading">
        <h1>
          How are we doing in <YearsWhole text={period?.label ?? 'this period'} />?
        </h1>
        <PeriodSelect periods={choices} value={periodId} label="Period" />
      </div>
      {view.asAt && <p className="overview-as-at">{view.asAt}</p>}
      {coverage && !coverage.reached && (
        <p className="period-coverage">
          {coverageText(coverage)}. An indicator without a figure for it shows its latest earlier figure, labelled with its own period.
        </p>
      )}
      {period &&
        laterPartial.map((later) => (
          <p key={later.point.id} className="period-coverage">
            {coverageText(later)}, so this page shows {period.label}, the latest period most indicators have reached. Choose{' '}
            {later.point.label} under “Period” to see it.
          </p>
        ))}

      <RatingRules indicators={scorecard.indicators} />

      <section aria-labelledby="in-brief" className="in-brief">
        <h2 id="in-brief">In brief</h2>
        {view.summary.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </section>

      <section aria-labelledby="attention">
        <h2 id="attention">What needs attention ({view.exceptions.length})</h2>
        <p className="section-intro">
          Red, newly red, worse since the previous figure, behind target, or with no figure this period. An indicator is in each list that
          is true of it; each links to its detail.
        </p>
        {view.newlyRed && (
          <ExceptionsList
            exceptions={view.exceptions}
            worse={view.worse}
            newlyRed={view.newlyRed}
            periods={periods}
            pointId={periodId}
            rules={view.rules}
          />
        )}
      </section>

      {compareWanted && (
        <Suspense fallback={null}>
          <PublishedComparisonsLoader point={period} periods={periods} onResult={setLoaded} />
        </Suspense>
      )}
      <HowWeCompare assessments={view.inPeriod} periods={periods} pointId={periodId} published={published} onNear={wantCompare} />

      <section aria-labelledby="by-section">
        <h2 id="by-section">By section</h2>
        <CountsTable
          caption={`Ratings and direction of travel by section, ${period?.label ?? ''}`}
          firstHeader="Section"
          rows={view.sections.map(({ section, counts }) => ({
            key: section.id,
            name: <Link to={paths.scorecard.href({ period: periodId, section: section.id })}>{section.title}</Link>,
            counts,
          }))}
        />
      </section>

      <section aria-labelledby="by-cohort">
        <h2 id="by-cohort">By cohort</h2>
        <CountsTable
          caption={`Ratings and direction of travel by cohort, ${period?.label ?? ''}`}
          firstHeader="Cohort"
          rows={view.cohorts.map(({ cohort, counts }) => ({
            key: cohort,
            name: COHORT_PAGES.has(cohort) ? (
              <Link to={paths.cohort.href(cohort, { period: periodId })}>{COHORT_LABELS[cohort]}</Link>
            ) : (
              <Link to={paths.scorecard.href({ period: periodId, cohort })}>{COHORT_LABELS[cohort]}</Link>
            ),
            counts,
          }))}
        />
        <p className="section-intro">An indicator can belong to more than one cohort.</p>
      </section>
    </>
  )
}
