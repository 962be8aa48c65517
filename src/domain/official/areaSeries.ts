// A measure's figures by area, whichever file they come from: a council's own
// file (the council, its region, England and its neighbours, for every
// measure), the 2021 model's extra neighbours, or one measure's file (every
// area). The comparison rules read figures through this one shape.
import type { CouncilFile, ExtraNeighboursFile, MeasureFile, OfficialValue } from './officialDataset'

/** One area's figures for the measure, in the order of the measure's years; undefined for an area the files do not hold. */
export type AreaSeries = (la: number) => readonly OfficialValue[] | undefined

export function seriesFromCouncilFile(file: CouncilFile, code: string, extra?: ExtraNeighboursFile): AreaSeries {
  const rows = file.series[code]
  const extraRows = extra?.series[code]
  return (la) => {
    const i = file.areas.indexOf(la)
    if (i >= 0) return rows?.[i]
    const j = extra ? extra.areas.indexOf(la) : -1
    return j >= 0 ? extraRows?.[j] : undefined
  }
}

export function seriesFromMeasureFile(file: MeasureFile): AreaSeries {
  const at = new Map(file.areas.map((la, i) => [la, i]))
  return (la) => {
    const i = at.get(la)
    return i === undefined ? undefined : file.values[i]
  }
}
