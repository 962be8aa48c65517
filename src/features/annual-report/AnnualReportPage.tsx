// /annual-report?period=…: the year-end report, by section, printable.
import { memo, useMemo } from 'react'
import { Link, useSearchParams } from 'react-router'
import { TrendFigure } from '../../components/charts/TrendFigure'
import { SourceCitation } from '../../components/SourceCitation'
import { DirectionIndicator } from '../../components/DirectionIndicator'
import { PeriodSelect } from '../../components/PeriodSelect'
import { describeSourceForCommittee } from '../../domain/describeIndicator'
import { decimalsFor, formatCell, formatNumberWithUnit } from '../../domain/formatValue'
import { indexPeriods, labelFor } from '../../domain/periods'
import type { Period, Scorecard } from '../../domain/scorecardSchema'
import { linkedFrom, paths } from '../../lib/paths'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { useLoadedScorecard } from '../../lib/useLoadedScorecard'
import { usePublishedFigures, type PublishedFigures } from '../../lib/usePublishedFigures'
import { formatNeighbourAverage, formatOfficialValue } from '../../domain/official/formatOfficialValue'
import { comparatorsAreTotals } from '../../domain/official/officialTrend'
import { periodHeading } from '../../domain/official/periodWords'
import { buildAnnualReport, chooseYear, reportYears, type AnnualEntry, type YearComparator } from './buildAnnualReport'
import { YearsWhole } from '../../components/YearsWhole'
import './annualReport.css'

const idFor = (prefix: string, text: string) => `${prefix}-${text.replace(/[^A-Za-z0-9]/g, '-')}`

export function AnnualReportPage() {
  const { scorecard, indicatorFiles } = useLoadedScorecard()
  const [params] = useSearchParams()
  const periods = useMemo(() => indexPeriods(scorecard.periods), [scorecard])
  // Where the papers printed no comparator, the DfE's published one (for indicators that name an official measure).
  const published = usePublishedFigures(scorecard.indicators, scorecard.authority, periods, indicatorFiles)
  const years = useMemo(() => reportYears(scorecard), [scorecard])
  const year = chooseYear(years, periods, params.get('period'))
  const report = useMemo(() => (year ? buildAnnualReport(scorecard, year) : undefined), [scorecard, year])
  useDocumentTitle(year ? `Annual report, ${year.label}` : 'Annual report')

  if (!year || !report) {
    return (
      <>
        <h1>Annual report</h1>
        <p className="status status-empty">No indicator in the loaded scorecard has a year-end or annual figure.</p>
      </>
    )
  }
  const yearPeriods = years.map((y) => periods.get(y.id)).filter((p): p is Period => p !== undefined)

  return (
    <div className="annual-report">
      <div className="page-heading">
        <h1>
          Annual report: <YearsWhole text={year.label} />
        </h1>
        <PeriodSelect periods={yearPeriods} value={year.id} label="Year" />
      </div>
      <p className="annual-intro">
        {scorecard.authority}. Each indicator’s year-end figures across the years, compared with the England average and statistical
        neighbours where the papers give them (and, where they give none, the Department for Education’s published figures, labelled as
        such), with the direction over the year and the commentary, grouped by section.
      </p>
      {published.status === 'ready' &&
        published.issues.map((issue) => (
          <p key={issue.ref} className="status status-empty">
            Problem in <code>{issue.file}</code>, indicator <code>{issue.ref}</code>, field <code>{issue.field}</code>: {issue.message}
          </p>
        ))}
      {published.status === 'error' && (
        <p className="status status-empty">
          The DfE’s published comparators could not be loaded ({published.message}); the report shows the papers’ own.
        </p>
      )}
      <p className="annual-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Print the report
        </button>
      </p>

      <section aria-labelledby="annual-brief" className="in-brief">
        <h2 id="annual-brief">In brief</h2>
        {report.summary.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </section>

      <nav aria-labelledby="annual-contents-heading" className="annual-contents">
        <h2 id="annual-contents-heading">Contents</h2>
        <ul>
          {report.sections.map(({ section, entries }) => (
            <li key={section.id}>
              <a href={`#${idFor('annual', section.id)}`}>{section.title}</a> ({entries.length})
            </li>
          ))}
          {report.withoutFigures.length > 0 && (
            <li>
              <a href="#annual-without">No year-end figure for {year.label}</a> ({report.withoutFigures.length})
            </li>
          )}
        </ul>
      </nav>

      {report.sections.map(({ section, entries }) => (
        <section key={section.id} aria-labelledby={idFor('annual', section.id)} className="annual-section">
          <h2 id={idFor('annual', section.id)}>{section.title}</h2>
          {section.declared?.statement && <p className="annual-note">{section.declared.statement}</p>}
          {entries.map((entry) => (
            <AnnualEntryView key={entry.indicator.ref} entry={entry} scorecard={scorecard} periods={periods} published={published} />
          ))}
        </section>
      ))}

      {report.withoutFigures.length > 0 && (
        <section aria-labelledby="annual-without" className="annual-section">
          <h2 id="annual-without">No year-end figure for {year.label}</h2>
          <p className="annual-note">
            These indicators are in the scorecard but have no figure for the year, so they are listed rather than left out.
          </p>
          <ul className="annual-without">
            {report.withoutFigures.map(({ indicator, reason }) => (
              <li key={indicator.ref}>
                <Link
                  to={paths.indicator.href(indicator.ref)}
                  state={linkedFrom('annual report', paths.annualReport.href({ period: year.id }))}
                >
                  <span className="annual-ref">{indicator.ref}</span> {indicator.title}
                </Link>
                : {reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}

function comparatorText(entry: AnnualEntry, found: YearComparator | undefined): string {
  if (!found) return 'Not given'
  const { comparator, periodLabel, undated } = found
  const figure = formatNumberWithUnit(comparator.number, entry.indicator.unit, decimalsFor(comparator.number, comparator.printed))
  if (undated) return `${figure} (the source does not say for which period)`
  return periodLabel ? `${figure} (${periodLabel})` : figure
}

/** The DfE's comparators for the entry's year, where the indicator names an official measure with that year. */
function publishedFor(entry: AnnualEntry, published: PublishedFigures) {
  if (published.status !== 'ready') return undefined
  const found = published.forIndicator(entry.indicator)
  const pair = found?.pairs.find((p) => p.period.id === entry.periodId)
  if (!found || !pair) return undefined
  return { found, pair, comparison: found.inYear(pair.yearIndex) }
}

// Memoised: the page redraws as the published figures arrive, and each entry only when its own inputs change.
const AnnualEntryView = memo(function AnnualEntryView({
  entry,
  scorecard,
  periods,
  published,
}: {
  entry: AnnualEntry
  scorecard: Scorecard
  periods: ReadonlyMap<string, Period>
  published: PublishedFigures
}) {
  const { indicator, periodId, direction, commentary } = entry
  const dfe = publishedFor(entry, published)
  const label = dfe
    ? `published by the DfE for ${dfe.pair.official.label}${dfe.found.link.match === 'near' ? `, a near match (${dfe.found.measure.code})` : ''}; the paper printed none`
    : ''
  // For a count England's figure is a total, not an average: it is no "England average".
  const dfeEngland =
    dfe && typeof dfe.comparison.england === 'number' && !comparatorsAreTotals(dfe.found.measure) ? dfe.comparison.england : undefined
  const dfeNeighbours = dfe?.comparison.neighbours
  const headingId = idFor('annual-entry', indicator.ref)
  const periodLabel = labelFor(periods, periodId)
  const commentaryLabel = commentary ? labelFor(periods, commentary.periodId) : ''
  return (
    <article className="annual-entry" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link
          to={paths.indicator.href(indicator.ref, { period: periodId })}
          state={linkedFrom('annual report', paths.annualReport.href({ period: periodId }))}
        >
          <span className="annual-ref">{indicator.ref}</span> {indicator.title}
        </Link>
      </h3>
      <dl className="annual-facts">
        <div>
          <dt>{periodLabel}</dt>
          <dd className="annual-value">{formatCell(entry.cell, indicator.unit, { withUnit: true })}</dd>
        </div>
        <div>
          <dt>Over the year</dt>
          <dd>
            {direction.raw !== null && (
              <>
                <DirectionIndicator direction={direction} />{' '}
              </>
            )}
            <span className="annual-reason">{direction.reason}</span>
          </dd>
        </div>
        <div>
          <dt>England average</dt>
          <dd>
            {!entry.england && dfe && dfeEngland !== undefined ? (
              <>
                {formatOfficialValue(dfeEngland, dfe.found.measure, { withUnit: true })} <span className="annual-published">({label})</span>
              </>
            ) : (
              comparatorText(entry, entry.england)
            )}
          </dd>
        </div>
        <div>
          <dt>Statistical neighbours</dt>
          <dd>
            {!entry.statNeighbours && dfe && dfeNeighbours && dfeNeighbours.average !== null ? (
              <>
                {formatNeighbourAverage(dfeNeighbours.average, dfe.found.measure, { withUnit: true })}{' '}
                <span className="annual-published">
                  (the average of {dfeNeighbours.coverage} neighbours in the DfE’s 2025 model, {label})
                </span>
              </>
            ) : (
              comparatorText(entry, entry.statNeighbours)
            )}
          </dd>
        </div>
      </dl>
      {dfe?.pair.flagged && (
        <p className="annual-published-flag">
          Data quality: the council’s own figure for {periods.get(periodId)?.label ?? periodId} is{' '}
          {formatCell(entry.cell, indicator.unit, { withUnit: true })} ({describeSourceForCommittee(entry.cell.source, scorecard.documents)}
          ); the DfE published {formatOfficialValue(dfe.pair.published, dfe.found.measure, { withUnit: true })} for{' '}
          {periodHeading(dfe.pair.official)}. Both are shown; neither replaces the other.
        </p>
      )}
      <TrendFigure
        className="annual-figures"
        indicator={entry.series}
        scorecard={scorecard}
        periods={periods}
        periodId={periodId}
        title={`${indicator.title} (year-end figures)`}
        height={260}
        table={{ caption: `${indicator.ref}: year-end figures` }}
        withoutChart={entry.figureCount >= 2 ? undefined : 'One year-end figure so far: no chart until there are two.'}
      />
      <div className="annual-commentary">
        <h4>
          {commentary ? (commentary.forYear ? `Commentary, ${commentaryLabel}` : `Latest commentary (${commentaryLabel})`) : 'Commentary'}
        </h4>
        {commentary ? (
          commentary.items.map((c, i) => (
            <blockquote key={i}>
              <p className="annual-verbatim">{c.text}</p>
              <p className="annual-source">
                Source: <SourceCitation source={c.source} documents={scorecard.documents} />
              </p>
            </blockquote>
          ))
        ) : (
          <p>No commentary is given for this indicator.</p>
        )}
      </div>
    </article>
  )
})
