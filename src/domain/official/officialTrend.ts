// A measure over every year for one council, as a chart and its table show
// it: the council, England, its region, its neighbours' average (with how
// many it covers) and, on request, each neighbour. Statuses stay statuses: a
// chart draws a gap for them, never a zero. The text alternative is made from
// the same rows, so it cannot disagree with the drawing.
import { comparisonRegion } from './comparisonRegion'
import { ENGLAND } from './compareMeasure'
import type { AreaSeries } from './areaSeries'
import { formatNeighbourAverage, formatOfficialValue } from './formatOfficialValue'
import { neighbourAverage, type NeighbourAverage } from './neighbourAverage'
import { capitalise } from '../wording'
import { periodPhrase } from './periodWords'
import { figureOf, type OfficialArea, type OfficialMeasure, type OfficialPeriod, type OfficialValue } from './officialDataset'

export type OfficialTrendRow = {
  period: OfficialPeriod
  council: OfficialValue | undefined
  england: OfficialValue | undefined
  region: OfficialValue | undefined
  neighbourAverage: NeighbourAverage
  /** In the order of `OfficialTrend.neighbours`. */
  neighbours: (OfficialValue | undefined)[]
}

export type OfficialTrend = {
  measure: OfficialMeasure
  council: OfficialArea
  region: OfficialArea | undefined
  neighbours: OfficialArea[]
  rows: OfficialTrendRow[]
  /** Years in which the council has a figure. */
  figureCount: number
}

export function officialTrend(
  measure: OfficialMeasure,
  council: OfficialArea,
  neighbours: readonly OfficialArea[],
  series: AreaSeries,
  areas: readonly OfficialArea[],
): OfficialTrend {
  const regionLa = comparisonRegion(council, council.londonPart !== undefined ? series(council.londonPart) : undefined)
  const own = series(council.la) ?? []
  const rows = measure.years.map((period, j): OfficialTrendRow => {
    const values = neighbours.map((n) => series(n.la)?.[j])
    return {
      period,
      council: own[j],
      england: series(ENGLAND)?.[j],
      region: regionLa === undefined ? undefined : series(regionLa)?.[j],
      neighbourAverage: neighbourAverage(values),
      neighbours: values,
    }
  })
  return {
    measure,
    council,
    region: areas.find((a) => a.la === regionLa),
    neighbours: [...neighbours],
    rows,
    figureCount: rows.filter((r) => figureOf(r.council) !== undefined).length,
  }
}

/**
 * For a count, England's and a region's figures are totals, not averages
 * (81,770 children against a council's 550): a chart leaves them to its table,
 * and its description says so.
 */
export function comparatorsAreTotals(measure: Pick<OfficialMeasure, 'unit'>): boolean {
  return measure.unit === 'count'
}

/** The chart's text alternative: what it shows, first and latest figures, and the comparators in the latest year. */
export function describeOfficialTrend(trend: OfficialTrend): string {
  const { measure, council, rows } = trend
  const first = rows[0]
  const last = rows.at(-1)
  if (!first || !last) return `${measure.title}, ${council.name}: no years to show.`
  const withFigure = rows.filter((r) => figureOf(r.council) !== undefined)
  const range = `${first.period.text} to ${last.period.text}`
  const regionName = trend.region?.name ?? 'its region'
  const parts = [
    comparatorsAreTotals(measure)
      ? `${measure.title}: ${council.name} against its neighbours’ average, ${range} (England and ${regionName} are totals, given in the table, not drawn).`
      : `${measure.title}: ${council.name} against England, ${regionName} and its neighbours’ average, ${range}.`,
  ]
  const a = withFigure[0]
  const b = withFigure.at(-1)
  if (!a || !b) parts.push(`${council.name} has no figure in any year.`)
  else if (a === b)
    parts.push(
      `${council.name} has a figure for one year: ${formatOfficialValue(a.council, measure, { withUnit: true })} (${a.period.label}).`,
    )
  else
    parts.push(
      `${council.name}: ${formatOfficialValue(a.council, measure, { withUnit: true })} (${a.period.label}) to ${formatOfficialValue(b.council, measure, { withUnit: true })} (${b.period.label}).`,
    )
  const average = last.neighbourAverage
  parts.push(
    `${capitalise(periodPhrase(last.period))}: ${council.name} ${formatOfficialValue(last.council, measure, { withUnit: true })}, England ${formatOfficialValue(last.england, measure, { withUnit: true })}, ${trend.region?.name ?? 'region'} ${formatOfficialValue(last.region, measure, { withUnit: true })}, neighbours’ average ${average.average === null ? 'no figure' : formatNeighbourAverage(average.average, measure, { withUnit: true })} (${average.coverage}).`,
  )
  const gaps = rows.filter((r) => figureOf(r.council) === undefined).length
  if (gaps > 0)
    parts.push(`${gaps === 1 ? 'One year has' : `${gaps} years have`} no figure for ${council.name}; the line has a gap there, not a zero.`)
  return parts.join(' ')
}
