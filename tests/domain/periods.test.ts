import { describe, expect, it } from 'vitest'
import { labelFor } from '../../src/domain/periods'
import { PERIOD_INDEX } from '../support/buildIndicator'

describe('labelFor', () => {
  it('names a listed period by its label and any other by its id', () => {
    expect(labelFor(PERIOD_INDEX, '2018-19-Q2')).toBe('Q2 2018-19')
    expect(labelFor(PERIOD_INDEX, '2030-31-Q1')).toBe('2030-31-Q1')
  })
})
