// The council's own figure against the published one for the same date. The
// two are compared at the coarser of their precisions (the council's 62.9
// and the DfE's 63 agree; 477 and 476 do not), so a difference is a real one,
// not rounding. Neither figure is changed: the result names both.
import { roundHalfAway } from './neighbourAverage'
import { officialDecimals } from './formatOfficialValue'
import { statusOf, type OfficialMeasure, type OfficialStatus, type OfficialValue } from './officialDataset'

export type PublishedCheck =
  | { kind: 'same'; own: number; published: number }
  | { kind: 'differs'; own: number; published: number; difference: number }
  | { kind: 'no-published-figure'; own: number; status: OfficialStatus | undefined }

/** `ownDecimals`: the decimal places the council printed its figure with. */
export function checkPublishedFigure(
  own: number,
  ownDecimals: number,
  published: OfficialValue | undefined,
  measure: Pick<OfficialMeasure, 'dps'>,
): PublishedCheck {
  if (typeof published !== 'number') return { kind: 'no-published-figure', own, status: statusOf(published) }
  const places = Math.min(ownDecimals, officialDecimals(measure, published))
  const difference = roundHalfAway(own - published, Math.max(ownDecimals, officialDecimals(measure, published)))
  if (roundHalfAway(own, places) === roundHalfAway(published, places)) return { kind: 'same', own, published }
  return { kind: 'differs', own, published, difference }
}
