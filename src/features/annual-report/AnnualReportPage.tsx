// /annual-report?period=…: the year-end report, by section, printable.
import { useMemo } from 'react'
import { Link, useSearchParams } from 'react-router'
import { TrendFigure } from '../../components/charts/TrendFigure'
import { DirectionIndicator } from '../../components/DirectionIndicator'
import { PeriodSelect } from '../../components/PeriodSelect'
import { describeSource } from '../../domain/describeIndicator'
import { decimalsFor, formatCell, formatNumberWithUnit } from '../../domain/formatValue'
import { indexPeriods, labelFor } from '../../domain/periods'
import type { Period, Scorecard } from '../../domain/scorecardSchema'
import { paths } from '../../lib/paths'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { useLoadedScorecard } from '../../lib/useLoadedScorecard'
import { buildAnnualReport, chooseYear, reportYears, type AnnualEntry, type YearComparator } from './buildAnnualReport'
import './annualReport.css'

const idFor = (prefix: string, text: string) => `${prefix}-${text.replace(/[^A-Za-z0-9]/g, '-')}`

export function AnnualReportPage() {
  const { scorecard } = useLoadedScorecard()
  const [params] = useSearchParams()
  const periods = useMemo(() => indexPeriods(scorecard.periods), [scorecard])
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
        <h1>Annual report: {year.label}</h1>
        <PeriodSelect periods={yearPeriods} value={year.id} label="Year" />
      </div>
      <p className="annual-intro">
        {scorecard.authority}. Each indicator’s year-end figures across the years, compared with the England average and statistical
        neighbours where the papers give them, with the direction over the year and the commentary, grouped by pledge.
      </p>
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
          {section.declared?.pledgeText && <p className="annual-note">{section.declared.pledgeText}</p>}
          {entries.map((entry) => (
            <AnnualEntryView key={entry.indicator.ref} entry={entry} scorecard={scorecard} periods={periods} />
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
                <Link to={paths.indicator.href(indicator.ref)}>
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

function AnnualEntryView({
  entry,
  scorecard,
  periods,
}: {
  entry: AnnualEntry
  scorecard: Scorecard
  periods: ReadonlyMap<string, Period>
}) {
  const { indicator, periodId, direction, commentary } = entry
  const headingId = idFor('annual-entry', indicator.ref)
  const periodLabel = labelFor(periods, periodId)
  const commentaryLabel = commentary ? labelFor(periods, commentary.periodId) : ''
  return (
    <article className="annual-entry" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={paths.indicator.href(indicator.ref, { period: periodId })}>
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
          <dd>{comparatorText(entry, entry.england)}</dd>
        </div>
        <div>
          <dt>Statistical neighbours</dt>
          <dd>{comparatorText(entry, entry.statNeighbours)}</dd>
        </div>
      </dl>
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
              <p className="annual-source">Source: {describeSource(c.source)}</p>
            </blockquote>
          ))
        ) : (
          <p>No commentary is given for this indicator.</p>
        )}
      </div>
    </article>
  )
}
