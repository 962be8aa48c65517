// The figures behind an official measure's trend chart, year by year: the
// chart's accessible alternative. Statuses are words; the neighbours'
// average says how many of them it covers when one or more has no figure.
import { useId } from 'react'
import { formatNeighbourAverage, formatOfficialValue } from '../../domain/official/formatOfficialValue'
import { figureOf } from '../../domain/official/officialDataset'
import type { OfficialTrend } from '../../domain/official/officialTrend'
import { periodHeading } from '../../domain/official/periodWords'
import './charts.css'

type Props = { trend: OfficialTrend; caption: string; showNeighbours?: boolean }

const cellClass = (v: unknown) => (figureOf(v as number) === undefined ? 'numeric trend-table-status' : 'numeric')

export function OfficialTrendTable({ trend, caption, showNeighbours = false }: Props) {
  const captionId = useId()
  const { measure } = trend
  return (
    <div className="trend-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="trend-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col" className="numeric">
              {trend.council.name}
            </th>
            <th scope="col" className="numeric">
              England
            </th>
            {trend.region && (
              <th scope="col" className="numeric">
                {trend.region.name}
              </th>
            )}
            <th scope="col" className="numeric">
              Neighbours’ average
            </th>
            {showNeighbours &&
              trend.neighbours.map((n) => (
                <th key={n.la} scope="col" className="numeric">
                  {n.name}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {[...trend.rows].reverse().map((row) => {
            const { average, covered, of, coverage } = row.neighbourAverage
            return (
              <tr key={`${row.period.text}-${row.period.end}`}>
                <th scope="row">{periodHeading(row.period)}</th>
                <td className={cellClass(row.council)}>{formatOfficialValue(row.council, measure)}</td>
                <td className={cellClass(row.england)}>{formatOfficialValue(row.england, measure)}</td>
                {trend.region && <td className={cellClass(row.region)}>{formatOfficialValue(row.region, measure)}</td>}
                <td className={average === null ? 'numeric trend-table-status' : 'numeric'}>
                  {average === null ? 'No figure' : formatNeighbourAverage(average, measure)}
                  {covered < of && average !== null ? ` (${coverage})` : ''}
                </td>
                {showNeighbours &&
                  row.neighbours.map((v, i) => (
                    <td key={i} className={cellClass(v)}>
                      {formatOfficialValue(v, measure)}
                    </td>
                  ))}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
