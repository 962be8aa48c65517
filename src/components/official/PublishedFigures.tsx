// The DfE's published figures for one indicator, beside the council's own:
// what the published measure is and how closely it matches, its annual
// series against England, the region and the neighbours (chart and table),
// and the council's own figures set against the published ones for the same
// dates, with a data-quality flag where an exact match differs. Both figures
// keep their sources; neither replaces the other.
import { Link } from 'react-router'
import { describeSourceForCommittee } from '../../domain/describeIndicator'
import { formatCell } from '../../domain/formatValue'
import { formatOfficialValue } from '../../domain/official/formatOfficialValue'
import type { SourceRef } from '../../domain/official/officialDataset'
import { periodHeading } from '../../domain/official/periodWords'
import type { Indicator, SourceDocument } from '../../domain/scorecardSchema'
import { paths } from '../../lib/paths'
import type { PublishedForIndicator } from '../../lib/usePublishedFigures'
import { OfficialTrendFigure } from '../charts/OfficialTrendFigure'
import './official.css'

type Props = {
  indicator: Indicator
  published: PublishedForIndicator
  sources: readonly SourceRef[]
  /** The scorecard's documents, so the council's own figures name their source as a committee knows it. */
  documents: readonly SourceDocument[]
  headingLevel?: 2 | 3
}

function checkWords(pair: PublishedForIndicator['pairs'][number], exact: boolean): string {
  const { check } = pair
  if (!check) return 'Not compared: the council’s own entry is not a figure.'
  if (check.kind === 'no-published-figure') return 'No published figure to compare with.'
  if (!exact) return check.kind === 'same' ? 'The same at the precision both print.' : 'Different, as the definitions differ (see above).'
  return check.kind === 'same' ? 'The same at the precision both print.' : 'They differ: see the flag above.'
}

/** "the DfE's bds_long_0.parquet (dfe-analytical-services/local-authority-interactive-tool at commit 2e30e39)". */
export function publishedSourceText(sources: readonly SourceRef[]): string {
  const lait = sources.find((s) => s.id === 'lait')
  return lait ? `${lait.file} in ${lait.repository} at commit ${lait.commit.slice(0, 7)}` : 'the DfE’s published statistics'
}

export function PublishedFigures({ indicator, published, sources, documents, headingLevel = 2 }: Props) {
  const { measure, link, council, trend, pairs } = published
  const H = headingLevel === 2 ? 'h2' : 'h3'
  const Sub = headingLevel === 2 ? 'h3' : 'h4'
  const exact = link.match === 'exact'
  const flagged = pairs.filter((p) => p.flagged)
  const source = publishedSourceText(sources)
  return (
    <section aria-labelledby={`published-${indicator.ref}`} className="published-figures">
      <H id={`published-${indicator.ref}`}>Published figures (Department for Education)</H>
      <p>
        The DfE publishes <strong>{measure.title}</strong> (code {measure.code}) for every council each year. These are its published
        figures for {council.name}, not the council’s own: from {source}.
      </p>
      <p className={exact ? 'published-match' : 'published-match published-match-near'}>
        {exact ? 'The same definition as this indicator.' : 'A near match, not the same definition: '}
        {link.note && <span> {link.note}</span>}
      </p>
      {flagged.map((p) => (
        <div key={p.period.id} className="published-flag" role="note" aria-label="Data quality">
          <p className="published-flag-title">Data quality: the council’s figure and the published one differ</p>
          <p>
            The council’s own figure for {p.period.label} is <strong>{formatCell(p.cell, indicator.unit, { withUnit: true })}</strong> (
            {describeSourceForCommittee(p.cell.source, documents)}); the DfE published{' '}
            <strong>{formatOfficialValue(p.published, measure, { withUnit: true })}</strong> for {p.official.label} ({measure.code},{' '}
            {source}). Both are shown; neither replaces the other.
          </p>
        </div>
      ))}
      <OfficialTrendFigure
        trend={trend}
        table={{
          caption: `Published figures, ${measure.title}: ${council.name}, England, ${trend.region?.name ?? 'region'} and neighbours’ average (2025 model)`,
        }}
        height={280}
      />
      {pairs.length > 0 && (
        <>
          <Sub>The council’s own figures against the published ones</Sub>
          <div
            className="trend-table-scroll"
            role="region"
            aria-label={`${indicator.ref}: own and published figures for the same dates`}
            tabIndex={0}
          >
            <table className="trend-table">
              <caption>{indicator.ref}: own and published figures for the same dates</caption>
              <thead>
                <tr>
                  <th scope="col">Council’s period</th>
                  <th scope="col" className="numeric">
                    Council’s own figure
                  </th>
                  <th scope="col">Published year</th>
                  <th scope="col" className="numeric">
                    Published figure (DfE)
                  </th>
                  <th scope="col">Check</th>
                </tr>
              </thead>
              <tbody>
                {pairs.map((p) => (
                  <tr key={p.period.id} className={p.flagged ? 'published-row-flagged' : undefined}>
                    <th scope="row">{p.period.label}</th>
                    <td className="numeric">
                      {formatCell(p.cell, indicator.unit)}
                      <span className="published-source">{describeSourceForCommittee(p.cell.source, documents)}</span>
                    </td>
                    <td>{periodHeading(p.official)}</td>
                    <td className={typeof p.published === 'number' ? 'numeric' : 'numeric trend-table-status'}>
                      {formatOfficialValue(p.published, measure)}
                    </td>
                    <td>
                      {p.flagged && <strong>Flag: </strong>}
                      {checkWords(p, exact)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p>
        <Link to={paths.compareMeasure.href(measure.code, { la: council.la })}>How every council compares on {measure.title}</Link>
      </p>
    </section>
  )
}
