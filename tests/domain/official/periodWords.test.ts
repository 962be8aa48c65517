import { describe, expect, it } from 'vitest'
import { periodFor, periodHeading, periodPhrase } from '../../../src/domain/official/periodWords'

describe('periodWords', () => {
  it('puts a year in a sentence: on a date, in the year', () => {
    expect(periodPhrase({ kind: 'snapshot', label: '31 March 2025' })).toBe('on 31 March 2025')
    expect(periodPhrase({ kind: 'year-ending', label: 'year ending 31 March 2025' })).toBe('in the year ending 31 March 2025')
    expect(periodPhrase({ kind: 'academic-year', label: 'academic year 2024/25' })).toBe('in the academic year 2024/25')
  })

  it('says what a figure is for: a date, or the year', () => {
    expect(periodFor({ kind: 'snapshot', label: '31 March 2025' })).toBe('for 31 March 2025')
    expect(periodFor({ kind: 'year-ending', label: 'year ending 31 March 2025' })).toBe('for the year ending 31 March 2025')
  })

  it('heads a row with a capital, and says a revised or provisional year is one', () => {
    expect(periodHeading({ label: 'year ending 31 March 2025' })).toBe('Year ending 31 March 2025')
    expect(periodHeading({ label: 'academic year 2024/25', mark: 'provisional' })).toBe('Academic year 2024/25 (provisional)')
  })
})
