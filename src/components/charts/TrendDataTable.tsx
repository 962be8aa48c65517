// The figures behind a trend chart as a plain HTML table: the chart's
// accessible alternative, and where each figure's source is given.
import { useId } from 'react'
import { decimalsFor, formatNumber, formatTarget } from '../../domain/formatValue'
import { describeSource, describeSourceForCommittee } from '../../domain/describeIndicator'
import type { Indicator, SourceDocument } from '../../domain/scorecardSchema'
import { COMPARATOR_NAMES, comparatorName, type TrendRow, type TrendSeries } from '../../domain/trendSeries'
import { useTrendSeries, type TrendChartProps } from './trendChartProps'
import './charts.css'

export type TrendDataTableProps = Pick<TrendChartProps, 'indicator' | 'periods' | 'scorecard'> & {
  /** Default: "<ref> <title>: figures for each period". */
  caption?: string
  /** Source and notes columns; default true. Turn off for compact views. */
  showSources?: boolean
  /** The period shown elsewhere on the page, marked in the table. */
  currentPeriodId?: string
  /**
   * The scorecard's documents: sources are then named as a committee member
   * knows them (document, date, page), and the transcriber's notes on single
   * figures are left to the page's "Source and transcription notes". Without
   * them, the table is an analyst's: document ids, lines, printed text, notes.
   */
  documents?: readonly SourceDocument[]
}

function notesFor(row: TrendRow, indicator: Indicator, forAnalysts: boolean): string[] {
  const notes: string[] = []
  if (row.definitionChange)
    notes.push(`Definition changed${row.breaksSeries ? ' (not comparable with earlier figures)' : ''}: ${row.definitionChange}`)
  if (row.provisional) notes.push('Provisional figure.')
  if (forAnalysts && row.cell?.note) notes.push(row.cell.note)
  if (forAnalysts && row.cell?.kind === 'number' && row.cell.alternate?.note) notes.push(row.cell.alternate.note)
  for (const c of row.comparators.filter((c) => c.kind === 'other')) {
    notes.push(`${comparatorName(c)}: ${formatNumber(c.number, indicator.unit, decimalsFor(c.number, c.printed))}`)
  }
  return notes
}

function sourcesFor(row: TrendRow, documents: readonly SourceDocument[] | undefined): string[] {
  const { cell } = row
  if (documents) {
    // For a committee, each document once: the row's figure and its comparators are usually on the same page.
    const sources = [...(cell ? [cell.source] : []), ...row.comparators.map((c) => c.source)]
    return [...new Set(sources.map((source) => describeSourceForCommittee(source, documents)))]
  }
  const sources: string[] = []
  if (cell) {
    const printed =
      cell.kind === 'number' && cell.printed !== undefined && cell.printed.trim() !== row.display ? `, printed “${cell.printed}”` : ''
    sources.push(`${describeSource(cell.source)}${printed}`)
  }
  for (const c of row.comparators) sources.push(`${comparatorName(c)}: ${describeSource(c.source)}`)
  return sources
}

function TextList({ items }: { items: string[] }) {
  return items.map((item, i) => <p key={i}>{item}</p>)
}

export function TrendDataTable(props: TrendDataTableProps) {
  const { indicator, caption, showSources = true, currentPeriodId, documents } = props
  const series: TrendSeries = useTrendSeries(props)
  const captionId = useId()
  const { unit } = indicator
  const target = indicator.target ? formatTarget(indicator.target, unit) : undefined
  const rowNotes = series.rows.map((row) => notesFor(row, indicator, documents === undefined))
  const hasNotes = showSources && rowNotes.some((n) => n.length > 0)

  if (series.rows.length === 0) return <p className="trend-chart-empty">No figures for any period.</p>

  return (
    <>
      <div className="trend-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="trend-table">
          <caption id={captionId}>{caption ?? `${indicator.ref} ${indicator.title}: figures for each period`}</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col" className="numeric">
                Figure
              </th>
              {target !== undefined && (
                <th scope="col" className="numeric">
                  Target
                </th>
              )}
              {series.comparatorKinds.map((kind) => (
                <th key={kind} scope="col" className="numeric">
                  {COMPARATOR_NAMES[kind]}
                </th>
              ))}
              {hasNotes && <th scope="col">Notes</th>}
              {showSources && <th scope="col">Source</th>}
            </tr>
          </thead>
          <tbody>
            {series.rows.map((row, index) => {
              const current = row.periodId === currentPeriodId
              return (
                <tr key={row.periodId} className={current ? 'is-current' : undefined}>
                  <th scope="row">
                    {row.label}
                    {current && (
                      <>
                        {' '}
                        <span className="visually-hidden">(the period shown above)</span>
                      </>
                    )}
                  </th>
                  <td className={row.value === null ? 'numeric trend-table-status' : 'numeric'}>
                    {row.display}
                    {row.provisional ? ' (provisional)' : ''}
                  </td>
                  {target !== undefined &&
                    (row.targetApplies ? (
                      <td className="numeric">{target}</td>
                    ) : (
                      <td className="numeric trend-table-status">No target then</td>
                    ))}
                  {series.comparatorKinds.map((kind) => {
                    const c = row.comparators.find((x) => x.kind === kind)
                    return (
                      <td key={kind} className={c ? 'numeric' : 'numeric trend-table-status'}>
                        {c ? formatNumber(c.number, unit, decimalsFor(c.number, c.printed)) : 'Not given'}
                      </td>
                    )
                  })}
                  {hasNotes && (
                    <td className="trend-table-notes">
                      <TextList items={rowNotes[index]!} />
                    </td>
                  )}
                  {showSources && (
                    <td className="trend-table-source">
                      <TextList items={sourcesFor(row, documents)} />
                    </td>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {series.undatedComparators.length > 0 && (
        <p className="trend-table-footnote">
          {series.undatedComparators.map((c, i) => (
            <span key={i}>
              {i > 0 && ' '}
              {c.name}: {c.text}; the source does not say for which period
              {showSources ? ` (${documents ? describeSourceForCommittee(c.source, documents) : describeSource(c.source)})` : ''}.
            </span>
          ))}
        </p>
      )}
    </>
  )
}
