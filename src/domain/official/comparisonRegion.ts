// Which region a council is compared with. LAIT compares London boroughs with
// Inner or Outer London where the measure has figures for it, and with London
// where it has none (R/fn_helper_functions.R, clean_ldn_region: "Return
// "London" if all values are NA, otherwise return the original region").
import { figureOf, type OfficialArea, type OfficialValue } from './officialDataset'

/** The comparison region's LA number, given the measure's series for the London part (any years). */
export function comparisonRegion(council: OfficialArea, londonPartSeries?: readonly OfficialValue[]): number | undefined {
  if (council.londonPart === undefined) return council.region
  const hasFigure = (londonPartSeries ?? []).some((v) => figureOf(v) !== undefined)
  return hasFigure ? council.londonPart : council.region
}
