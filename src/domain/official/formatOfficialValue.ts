// One official cell as words: a figure in the measure's unit and decimal
// places, or its status in words. A status is never shown as a number, and a
// missing row is "No data", never 0.
import { decimalsFor, formatNumber, formatNumberWithUnit, NO_DATA } from '../formatValue'
import { statusOf, type OfficialMeasure, type OfficialStatus, type OfficialValue } from './officialDataset'

/** Short words for a table cell; STATUS_TEXT (officialDataset.ts) has the full explanation. */
export const STATUS_SHORT: Record<OfficialStatus, string> = {
  'no-figure': 'No figure',
  suppressed: 'Suppressed',
  'not-available': 'Not available',
  'not-applicable': 'Not applicable',
  'fewer-than-half': 'Fewer than 0.5',
  low: 'Low',
  'low-reliability': 'Low reliability',
}

export type OfficialFormatOptions = { withUnit?: boolean }

/** The decimal places a figure of this measure is shown with: the dictionary's, else as the figure has them. */
export function officialDecimals(measure: Pick<OfficialMeasure, 'dps'>, figure: number): number {
  return measure.dps ?? decimalsFor(figure)
}

export function formatOfficialNumber(
  figure: number,
  measure: Pick<OfficialMeasure, 'unit' | 'dps'>,
  { withUnit = false }: OfficialFormatOptions = {},
): string {
  return (withUnit ? formatNumberWithUnit : formatNumber)(figure, measure.unit, officialDecimals(measure, figure))
}

export function formatOfficialValue(
  value: OfficialValue | undefined,
  measure: Pick<OfficialMeasure, 'unit' | 'dps'>,
  options: OfficialFormatOptions = {},
): string {
  if (typeof value === 'number') return formatOfficialNumber(value, measure, options)
  const status = statusOf(value)
  return status ? STATUS_SHORT[status] : NO_DATA
}

/** The neighbours' average, which is to one decimal place whatever the measure's own places (as LAIT's mean). */
export function formatNeighbourAverage(
  average: number,
  measure: Pick<OfficialMeasure, 'unit'>,
  { withUnit = false }: OfficialFormatOptions = {},
): string {
  return (withUnit ? formatNumberWithUnit : formatNumber)(average, measure.unit, Number.isInteger(average) ? 0 : 1)
}
