import { useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { DirectionIndicator } from '../../components/DirectionIndicator'
import { FigureAtPoint } from '../../components/FigureAtPoint'
import { PeriodSelect } from '../../components/PeriodSelect'
import { RagBadge } from '../../components/RagBadge'
import { EmptyMessage } from '../../components/StatusMessages'
import { TrendFigure } from '../../components/charts/TrendFigure'
import { hasEntry, type Assessment } from '../../domain/assessIndicator'
import { buildQuarterSummary } from '../../domain/buildQuarterSummary'
import { groupBySection } from '../../domain/groupBySection'
import { COHORTS, type Cohort } from '../../domain/scorecardSchema'
import { assessScorecard, COHORT_LABELS } from '../../domain/summarise'
import { linkedFrom, paths } from '../../lib/paths'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { useLoadedScorecard, useSelectedPeriod } from '../../lib/useLoadedScorecard'
import './cohorts.css'

const COHORT_INTROS: Record<Cohort, string> = {
  'cared-for-children': 'Children the council looks after: numbers, education, permanence, health and safety.',
  'care-leavers': 'Young people who have left care: education, employment, accommodation, health and support.',
  sufficiency: 'Placements and accommodation: where children live, how far from home, placement quality and weekly costs.',
  health: 'Health of cared-for children: assessments, dental checks, emotional wellbeing and immunisations.',
}

function isCohort(value: string | undefined): value is Cohort {
  return (COHORTS as readonly string[]).includes(value ?? '')
}

export function CohortPage() {
  const { cohort } = useParams()
  const { scorecard } = useLoadedScorecard()
  const { periodId, period, periods, choices } = useSelectedPeriod()
  const valid = isCohort(cohort)
  // Only cohorts this scorecard has indicators for are offered.
  const usedCohorts = COHORTS.filter((c) => scorecard.indicators.some((i) => i.cohorts.includes(c)))
  useDocumentTitle(valid ? COHORT_LABELS[cohort] : 'Unknown cohort')

  const view = useMemo(() => {
    if (!valid) return null
    const all = assessScorecard(scorecard, periodId).filter((a) => a.indicator.cohorts.includes(cohort))
    const inPeriod = all.filter(hasEntry)
    const bySection = groupBySection(all, (a) => a.indicator.section, scorecard.sections)
    return { all, bySection, summary: period ? buildQuarterSummary(inPeriod, period) : [] }
  }, [valid, cohort, scorecard, periodId, period])

  if (!valid || !view) {
    return (
      <>
        <h1>Unknown cohort</h1>
        <p>
          There is no cohort called “{cohort}”. Choose one of:{' '}
          {usedCohorts.map((c, i) => (
            <span key={c}>
              {i > 0 && ', '}
              <Link to={paths.cohort.href(c)}>{COHORT_LABELS[c]}</Link>
            </span>
          ))}
          .
        </p>
      </>
    )
  }

  return (
    <>
      <div className="page-heading">
        <h1>
          {COHORT_LABELS[cohort]}: {period?.label}
        </h1>
        <PeriodSelect periods={choices} value={periodId} label="Period" />
      </div>
      <p className="cohort-intro">{COHORT_INTROS[cohort]}</p>
      <section aria-labelledby="cohort-brief" className="in-brief">
        <h2 id="cohort-brief">In brief</h2>
        {view.summary.map((s) => (
          <p key={s}>{s}</p>
        ))}
      </section>
      {view.all.length === 0 && <EmptyMessage>No indicators are tagged with this cohort.</EmptyMessage>}
      {view.bySection.map(({ section, items }) => (
        <section key={section.id} aria-labelledby={`cohort-section-${section.id}`}>
          <h2 id={`cohort-section-${section.id}`}>{section.title}</h2>
          <ul className="chart-grid">
            {items.map((a) => (
              <CohortCard key={a.indicator.ref} assessment={a} periods={periods} periodId={periodId} cohort={cohort} />
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}

type CardProps = { assessment: Assessment; periods: ReturnType<typeof useSelectedPeriod>['periods']; periodId: string; cohort: Cohort }

function CohortCard({ assessment: a, periods, periodId, cohort }: CardProps) {
  const { scorecard } = useLoadedScorecard()
  const titleId = `card-${a.indicator.ref.replace(/[^A-Za-z0-9]/g, '-')}`
  return (
    <li className="chart-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="chart-card-title">
        <Link
          to={paths.indicator.href(a.indicator.ref, { period: periodId })}
          // "Back to care leavers": the label as it ends a sentence.
          state={linkedFrom(
            COHORT_LABELS[cohort].replace(/^./, (c) => c.toLowerCase()),
            paths.cohort.href(cohort, { period: periodId }),
          )}
        >
          <span className="chart-card-ref">{a.indicator.ref}</span> {a.indicator.title}
        </Link>
      </h3>
      <p className="chart-card-facts">
        <span className="chart-card-value">
          <FigureAtPoint assessment={a} />
        </span>
        <RagBadge rating={a.rag.rating} title={a.rag.reason} />
        <DirectionIndicator direction={a.direction} />
      </p>
      <TrendFigure
        indicator={a.indicator}
        scorecard={scorecard}
        periods={periods}
        periodId={a.periodId}
        size="small"
        drawWhen="near-screen"
      />
    </li>
  )
}
