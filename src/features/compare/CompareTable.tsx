// Every measure for the council in one table: the latest figure and its
// year, England, region, the neighbours' average, rank among neighbours,
// quartile band (letter and words), direction and a ten-year sparkline. On
// narrow screens each row becomes a card of labelled values.
import { Link } from 'react-router'
import { DirectionIndicator } from '../../components/DirectionIndicator'
import { QuartileBandBadge } from '../../components/official/QuartileBandBadge'
import { Sparkline } from '../../components/Sparkline'
import type { MeasureComparison } from '../../domain/official/compareMeasure'
import { formatNeighbourAverage, formatOfficialValue } from '../../domain/official/formatOfficialValue'
import { periodHeading } from '../../domain/official/periodWords'
import { rankWords } from '../../domain/official/rankAmong'
import type { NeighbourModelId, OfficialArea } from '../../domain/official/officialDataset'
import { paths } from '../../lib/paths'

type Props = {
  rows: readonly MeasureComparison[]
  council: OfficialArea
  areaName: (la: number) => string
  /** Theme titles by id: with them the rows are grouped under theme headings. */
  themeTitles?: ReadonlyMap<string, string>
  model: NeighbourModelId
  caption: string
}

const COLUMNS = 9

function statusClass(value: unknown) {
  return typeof value === 'number' ? 'col-figure' : 'col-figure compare-status'
}

type RowProps = { row: MeasureComparison; mainRegion: number | undefined } & Omit<Props, 'rows' | 'themeTitles' | 'caption'>

function Row({ row, council, areaName, model, mainRegion }: RowProps) {
  const { measure, period, neighbours } = row
  const regionName = row.region ? areaName(row.region.la) : 'Region'
  const trendYears = row.trend.length
  const firstTrendYear = measure.years[row.yearIndex + 1 - trendYears]?.text
  const trendFigures = row.trend.filter((v): v is number => v !== null)
  return (
    <tr className="compare-row">
      <th scope="row" className="col-measure" data-label="Measure">
        <Link
          to={paths.compareMeasure.href(measure.code, { la: council.la, model: model === '2021' ? model : null })}
          className="compare-measure-link"
        >
          {measure.title}
        </Link>
      </th>
      <td className={statusClass(row.value)} data-label={`${council.name}, latest`}>
        <span className="compare-figure">{formatOfficialValue(row.value, measure)}</span>
        {period && <span className="compare-note">{periodHeading(period)}</span>}
      </td>
      <td className={statusClass(row.england)} data-label="England">
        {formatOfficialValue(row.england, measure)}
      </td>
      <td className={statusClass(row.region?.value)} data-label={regionName}>
        {formatOfficialValue(row.region?.value, measure)}
        {/* A London borough is compared with Inner or Outer London where the measure has it, else London: say which. */}
        {row.region && row.region.la !== mainRegion && <span className="compare-note">{regionName}</span>}
      </td>
      <td className={neighbours.average === null ? 'col-figure compare-status' : 'col-figure'} data-label="Neighbours’ average">
        {neighbours.average === null ? 'No figure' : formatNeighbourAverage(neighbours.average, measure)}
        {neighbours.covered < neighbours.of && <span className="compare-note">{neighbours.coverage} neighbours</span>}
      </td>
      <td className="col-short" data-label="Rank among neighbours">
        {row.neighbourRank ? (
          rankWords(row.neighbourRank)
        ) : (
          <span className="compare-status">{measure.polarity === 'none' ? 'Not ranked' : 'No rank'}</span>
        )}
      </td>
      <td className="col-short" data-label="Quartile band">
        {row.band?.band ? <QuartileBandBadge band={row.band.band} /> : <span className="compare-status">No band</span>}
      </td>
      <td className="col-short" data-label="Over the year">
        <DirectionIndicator direction={row.direction} />
      </td>
      <td className="col-trend" data-label={`Trend${firstTrendYear ? `, ${firstTrendYear} to ${period?.text ?? ''}` : ''}`}>
        {trendFigures.length > 1 ? (
          <Sparkline
            values={row.trend}
            width={88}
            label={`Trend ${firstTrendYear} to ${period?.text}: ${formatOfficialValue(trendFigures[0], measure)} to ${formatOfficialValue(trendFigures.at(-1), measure)}${row.trend.includes(null) ? ', with gaps for years with no figure' : ''}`}
          />
        ) : (
          <span className="compare-status">{trendFigures.length === 1 ? 'One year only' : 'No figures'}</span>
        )}
      </td>
    </tr>
  )
}

/** The region most rows are compared with (London boroughs: Inner or Outer London for most measures). */
function mostCommonRegion(rows: readonly MeasureComparison[]): number | undefined {
  const counts = new Map<number, number>()
  for (const r of rows) if (r.region) counts.set(r.region.la, (counts.get(r.region.la) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
}

export function CompareTable({ rows, council, areaName, themeTitles, model, caption }: Props) {
  const mainRegion = mostCommonRegion(rows)
  const groups: { theme: string | undefined; rows: MeasureComparison[] }[] = []
  for (const row of rows) {
    const theme = themeTitles ? row.measure.theme : undefined
    const last = groups.at(-1)
    if (last && last.theme === theme) last.rows.push(row)
    else groups.push({ theme, rows: [row] })
  }
  return (
    <div className="compare-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="compare-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col" className="col-figure">
              {council.name}, latest
            </th>
            <th scope="col" className="col-figure">
              England
            </th>
            <th scope="col" className="col-figure">
              {mainRegion === undefined ? 'Region' : areaName(mainRegion)}
            </th>
            <th scope="col" className="col-figure">
              Neighbours’ average
            </th>
            <th scope="col">Rank among neighbours</th>
            <th scope="col">Quartile band</th>
            <th scope="col">Over the year</th>
            <th scope="col">Trend</th>
          </tr>
        </thead>
        {groups.map((group, g) => (
          <tbody key={`${group.theme ?? 'all'}-${g}`}>
            {group.theme && themeTitles && (
              <tr className="compare-theme-row">
                <th scope="colgroup" colSpan={COLUMNS}>
                  {themeTitles.get(group.theme) ?? group.theme} ({group.rows.length})
                </th>
              </tr>
            )}
            {group.rows.map((row) => (
              <Row key={row.measure.code} row={row} council={council} areaName={areaName} model={model} mainRegion={mainRegion} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  )
}
