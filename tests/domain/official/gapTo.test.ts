import { describe, expect, it } from 'vitest'
import { gapTo } from '../../../src/domain/official/gapTo'

describe('gapTo', () => {
  it('says better or worse by polarity, in the measure’s unit', () => {
    // Cheshire East LACStable_2016on 2025: 11% against England 10%, the North West 9%, its neighbours 11.9% (Low is good)
    expect(gapTo(11, 10, 'low', null)).toEqual({ gap: 1, word: 'worse' })
    expect(gapTo(11, 9, 'low', null)).toEqual({ gap: 2, word: 'worse' })
    expect(gapTo(11, 11.9, 'low', null)).toEqual({ gap: -0.9, word: 'better' })
    // CareLeaverEET 2025: 64% against England 54% (High is good)
    expect(gapTo(64, 54, 'high', null)).toEqual({ gap: 10, word: 'better' })
    expect(gapTo(50, 54, 'high', null)).toEqual({ gap: -4, word: 'worse' })
  })

  it('says higher or lower without polarity, and the same when the gap rounds to nothing', () => {
    // LAC rate 2025: Cheshire East 66 against England 67 per 10,000 (no polarity)
    expect(gapTo(66, 67, 'none', null)).toEqual({ gap: -1, word: 'lower' })
    expect(gapTo(70, 67, 'none', 0)).toEqual({ gap: 3, word: 'higher' })
    expect(gapTo(66, 66, 'high', null)).toEqual({ gap: 0, word: 'the same' })
    expect(gapTo(12.04, 12, 'low', null)).toEqual({ gap: 0, word: 'the same' })
    expect(gapTo(-1.16, -1.1, 'high', 2)).toEqual({ gap: -0.06, word: 'worse' })
  })
})
