import { describe, expect, it } from 'vitest'
import { checkPublishedFigure } from '../../../src/domain/official/checkPublishedFigure'

describe('checkPublishedFigure: the council’s figure against the published one for the same date', () => {
  it('Cheshire East’s own count at 31 March 2018 is 477; the DfE published 476', () => {
    expect(checkPublishedFigure(477, 0, 476, { dps: 0 })).toEqual({ kind: 'differs', own: 477, published: 476, difference: 1 })
  })

  it('compares at the coarser precision, so rounding is not a difference', () => {
    expect(checkPublishedFigure(62.9, 1, 63, { dps: 0 })).toMatchObject({ kind: 'same' })
    expect(checkPublishedFigure(85.2, 1, 85, { dps: 0 })).toMatchObject({ kind: 'same' })
    expect(checkPublishedFigure(14, 1, 14.1, { dps: 1 })).toMatchObject({ kind: 'differs', difference: -0.1 })
    expect(checkPublishedFigure(88, 0, 87.6, { dps: null })).toMatchObject({ kind: 'same' })
  })

  it('a published status is no figure to compare, named as a status', () => {
    expect(checkPublishedFigure(97, 0, '-', { dps: 0 })).toEqual({ kind: 'no-published-figure', own: 97, status: 'no-figure' })
    expect(checkPublishedFigure(97, 0, 'c', { dps: 0 })).toMatchObject({ status: 'suppressed' })
    expect(checkPublishedFigure(97, 0, undefined, { dps: 0 })).toMatchObject({ status: undefined })
  })
})
