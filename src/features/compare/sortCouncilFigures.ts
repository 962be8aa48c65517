// The order of /compare/<measure>'s table of every council: by rank (best
// first), by figure (either way), by name or by region. Councils with no
// figure always come last, by name.
import { figureOf } from '../../domain/official/officialDataset'
import type { CouncilFigure } from '../../domain/official/councilsInYear'

export const ORDERS = ['rank', 'high', 'low', 'name', 'region'] as const
export type CouncilOrder = (typeof ORDERS)[number]

export function readOrder(value: string | null, hasPolarity: boolean): CouncilOrder {
  const order = ORDERS.find((o) => o === value)
  if (order === 'rank' && !hasPolarity) return 'high'
  return order ?? (hasPolarity ? 'rank' : 'high')
}

const byName = (a: CouncilFigure, b: CouncilFigure) => a.area.name.localeCompare(b.area.name, 'en-GB')

export function sortCouncilFigures(
  rows: readonly CouncilFigure[],
  order: CouncilOrder,
  regionName: (la: number | undefined) => string,
): CouncilFigure[] {
  const figure = (r: CouncilFigure) => figureOf(r.value)
  return [...rows].sort((a, b) => {
    if (order === 'name') return byName(a, b)
    if (order === 'region') return regionName(a.area.region).localeCompare(regionName(b.area.region), 'en-GB') || byName(a, b)
    const fa = figure(a)
    const fb = figure(b)
    if (fa === undefined || fb === undefined) return fa === fb ? byName(a, b) : fa === undefined ? 1 : -1
    if (order === 'rank') return (a.rank?.rank ?? Infinity) - (b.rank?.rank ?? Infinity) || byName(a, b)
    return (order === 'high' ? fb - fa : fa - fb) || byName(a, b)
  })
}
