import { describe, expect, it } from 'vitest'
import { formatDate } from '../../src/domain/formatDate'

describe('formatDate', () => {
  it('writes a date as the papers do', () => {
    expect(formatDate('2019-01-22')).toBe('22 January 2019')
    expect(formatDate('2018-09-30')).toBe('30 September 2018')
  })

  it('returns text that is not a date unchanged', () => {
    expect(formatDate('2019-13-01')).toBe('2019-13-01')
    expect(formatDate('January 2019')).toBe('January 2019')
  })
})
