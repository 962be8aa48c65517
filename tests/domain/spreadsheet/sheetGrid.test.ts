import { describe, expect, it } from 'vitest'
import {
  gridOfRows,
  MAX_SHEET_COLUMNS,
  MAX_SHEET_ROWS,
  outsideCellsMessage,
  SheetGridBuilder,
} from '../../../src/domain/spreadsheet/sheetGrid'

describe('SheetGridBuilder', () => {
  it('places cells by row and column, filling gaps, and never holds a blank cell', () => {
    const builder = new SheetGridBuilder()
    builder.set(3, 2, 'G1')
    builder.set(1, 1, 'Ref')
    builder.set(3, 4, ' ')
    expect(builder.build().grid).toEqual([['Ref'], [], ['', 'G1']])
  })

  it('counts and names cells beyond the limits instead of reading them', () => {
    const builder = new SheetGridBuilder()
    builder.set(1, 1, 'Ref')
    builder.set(1_048_576, 16_384, 'x')
    builder.set(1, MAX_SHEET_COLUMNS + 1, 'y')
    const { grid, outside } = builder.build()
    expect(grid).toEqual([['Ref']])
    expect(outside).toEqual({ count: 2, addresses: ['XFD1048576', `${'KO'}1`] })
    expect(outsideCellsMessage(outside)).toMatch(/^2 cells \(XFD1048576, KO1\) lie beyond row 60,000 or column KN/)
  })

  it('says nothing when every cell was read', () => {
    expect(outsideCellsMessage({ count: 0, addresses: [] })).toBeUndefined()
  })
})

describe('gridOfRows', () => {
  it('keeps blank rows in place and cuts rows and columns to the limits', () => {
    const wide = Array.from({ length: MAX_SHEET_COLUMNS + 2 }, (_, i) => (i === MAX_SHEET_COLUMNS + 1 ? 'far' : 'a'))
    const { grid, outside } = gridOfRows([['Ref'], [], wide])
    expect(grid).toHaveLength(3)
    expect(grid[2]).toHaveLength(MAX_SHEET_COLUMNS)
    expect(outside.count).toBe(2)
  })

  it('reads no row beyond the limit', () => {
    const rows = Array.from({ length: MAX_SHEET_ROWS + 3 }, (_, i) => [`r${i}`])
    const { grid, outside } = gridOfRows(rows)
    expect(grid).toHaveLength(MAX_SHEET_ROWS)
    expect(outside.count).toBe(3)
  })
})
