import { describe, expect, it } from 'vitest'
import type { CouncilFigure } from '../../../src/domain/official/councilsInYear'
import { readOrder, sortCouncilFigures } from '../../../src/features/compare/sortCouncilFigures'

const row = (name: string, region: number, value: CouncilFigure['value'], rank?: number): CouncilFigure => ({
  area: { la: name.length, name, code: null, kind: 'la', region },
  value,
  rank: rank === undefined ? null : { rank, of: 3 },
  band: null,
  role: 'other',
})
const rows = [row('Camden', 986, 58, 2), row('Birmingham', 984, 55, 3), row('Anytown', 981, '-'), row('Cheshire East', 981, 64, 1)]
const regions: Record<number, string> = { 981: 'North West', 984: 'West Midlands', 986: 'London' }
const names = (order: Parameters<typeof sortCouncilFigures>[1]) =>
  sortCouncilFigures(rows, order, (la) => regions[la ?? 0] ?? '').map((r) => r.area.name)

describe('sortCouncilFigures', () => {
  it('orders by rank, figure either way, name or region; no figure always last', () => {
    expect(names('rank')).toEqual(['Cheshire East', 'Camden', 'Birmingham', 'Anytown'])
    expect(names('high')).toEqual(['Cheshire East', 'Camden', 'Birmingham', 'Anytown'])
    expect(names('low')).toEqual(['Birmingham', 'Camden', 'Cheshire East', 'Anytown'])
    expect(names('name')).toEqual(['Anytown', 'Birmingham', 'Camden', 'Cheshire East'])
    expect(names('region')).toEqual(['Camden', 'Anytown', 'Cheshire East', 'Birmingham'])
  })

  it('reads the order from the URL: rank by default, figure when the measure has no polarity', () => {
    expect(readOrder(null, true)).toBe('rank')
    expect(readOrder(null, false)).toBe('high')
    expect(readOrder('rank', false)).toBe('high')
    expect(readOrder('name', true)).toBe('name')
    expect(readOrder('nonsense', true)).toBe('rank')
  })
})
