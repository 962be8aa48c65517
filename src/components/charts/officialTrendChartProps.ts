// What an official measure's trend chart draws, kept apart from the recharts
// code so the figure, its table and its downloads use it without loading the
// library: the rows as plot points (statuses are gaps, never zero) and the key.
import type { Ref } from 'react'
import { figureOf } from '../../domain/official/officialDataset'
import { comparatorsAreTotals, type OfficialTrend } from '../../domain/official/officialTrend'
import { SERIES_STYLES } from './chartTheme'
import type { LegendEntry } from './legendEntries'
import type { TrendChartSize } from './trendChartProps'

export type OfficialTrendChartProps = {
  trend: OfficialTrend
  /** Draw each neighbour's own line too. */
  showNeighbours?: boolean
  size?: TrendChartSize
  height?: number
  plotRef?: Ref<HTMLDivElement>
}

export type OfficialChartRow = {
  year: string
  label: string
  council: number | null
  england: number | null
  region: number | null
  average: number | null
} & Record<`n${number}`, number | null>

export function officialChartRows(trend: OfficialTrend): OfficialChartRow[] {
  return trend.rows.map((row) => {
    const out: OfficialChartRow = {
      year: row.period.text,
      label: row.period.label,
      council: figureOf(row.council) ?? null,
      england: figureOf(row.england) ?? null,
      region: figureOf(row.region) ?? null,
      average: row.neighbourAverage.average,
    }
    row.neighbours.forEach((v, i) => (out[`n${i}`] = figureOf(v) ?? null))
    return out
  })
}

/** England and the region are drawn unless they are totals (comparatorsAreTotals), which would flatten the council's line. */
export function drawsTotals(trend: OfficialTrend): boolean {
  return !comparatorsAreTotals(trend.measure)
}

export function officialLegend(trend: OfficialTrend, showNeighbours: boolean): LegendEntry[] {
  const entries: LegendEntry[] = [{ key: 'council', text: trend.council.name, sample: 'line', style: SERIES_STYLES.value }]
  if (drawsTotals(trend)) entries.push({ key: 'england', text: 'England', sample: 'line', style: SERIES_STYLES.england })
  if (trend.region && drawsTotals(trend))
    entries.push({ key: 'region', text: trend.region.name, sample: 'line', style: SERIES_STYLES['north-west'] })
  entries.push({ key: 'average', text: 'Statistical neighbours’ average', sample: 'line', style: SERIES_STYLES['stat-neighbours'] })
  if (showNeighbours && trend.neighbours.length > 0)
    entries.push({ key: 'neighbours', text: 'Each neighbour (named in the table)', sample: 'line', style: SERIES_STYLES.neighbour })
  return entries
}

export function officialChartNotes(trend: OfficialTrend): string[] {
  const notes: string[] = []
  if (!drawsTotals(trend))
    notes.push(
      `England and ${trend.region?.name ?? 'the region'} are totals for a count, not averages, so they are in the table, not drawn.`,
    )
  if (trend.rows.some((r) => figureOf(r.council) === undefined))
    notes.push(`A gap in the ${trend.council.name} line is a year with no figure (suppressed or not published); the table says which.`)
  return notes
}

export const OFFICIAL_CHART_HEIGHT: Record<TrendChartSize, number> = { small: 200, normal: 340, large: 520 }
