// Every council's figure for one measure in one year (/compare/<measure>):
// its rank among all councils and its quartile band, with the chosen council
// and its neighbours marked. The figures that rank and band are those of the
// areas numbered below 970, as LAIT's la_names_bds (latest.json holds the same).
import { quartileBand, quartileCutPoints, type QuartileBand } from './quartileBand'
import { rankAmong, type Rank } from './rankAmong'
import type { AreaSeries } from './areaSeries'
import { figureOf, type OfficialArea, type OfficialMeasure, type OfficialValue } from './officialDataset'

export type CouncilRole = 'council' | 'neighbour' | 'other'

export type CouncilFigure = {
  area: OfficialArea
  value: OfficialValue | undefined
  rank: Rank | null
  band: QuartileBand | null
  role: CouncilRole
}

export type CouncilsInYear = {
  rows: CouncilFigure[]
  /** Every council's figure, ascending. */
  figures: number[]
  /** 0%, 25%, 50%, 75%, 100%; undefined with no figures. */
  cutPoints: [number, number, number, number, number] | undefined
  withoutFigure: number
}

export function councilsInYear(
  measure: OfficialMeasure,
  areas: readonly OfficialArea[],
  series: AreaSeries,
  yearIndex: number,
  council: number | undefined,
  neighbours: readonly number[],
): CouncilsInYear {
  const valueOf = (la: number) => series(la)?.[yearIndex]
  const ranked = areas.filter((a) => a.la < 970)
  const figures = ranked
    .map((a) => figureOf(valueOf(a.la)))
    .filter((n): n is number => n !== undefined)
    .sort((a, b) => a - b)
  const rows = areas
    .filter((a) => a.kind === 'la')
    .map((area): CouncilFigure => {
      const value = valueOf(area.la)
      const figure = figureOf(value)
      const band = figure === undefined ? null : quartileBand(figure, figures, measure.polarity, measure.noQuartile)
      return {
        area,
        value,
        rank: figure === undefined ? null : rankAmong(figure, figures, measure.polarity),
        band: band?.band ?? null,
        role: area.la === council ? 'council' : neighbours.includes(area.la) ? 'neighbour' : 'other',
      }
    })
  return {
    rows,
    figures,
    cutPoints: figures.length > 0 ? quartileCutPoints(figures) : undefined,
    withoutFigure: rows.filter((r) => figureOf(r.value) === undefined).length,
  }
}
