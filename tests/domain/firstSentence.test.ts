import { describe, expect, it } from 'vitest'
import { firstSentence } from '../../src/domain/firstSentence'

describe('firstSentence', () => {
  it('cuts at the first full stop that ends a sentence, keeping the text as printed', () => {
    expect(firstSentence('Performance fell. We are recruiting.')).toEqual({ sentence: 'Performance fell.', more: true })
  })

  it('does not cut inside a number or an abbreviation followed by lower case', () => {
    expect(firstSentence('Up 2.5 points, e.g. in schools. More to do.')).toEqual({
      sentence: 'Up 2.5 points, e.g. in schools.',
      more: true,
    })
  })

  it('returns a single sentence, or text with no full stop, whole', () => {
    expect(firstSentence('  One   sentence only.  ')).toEqual({ sentence: 'One sentence only.', more: false })
    expect(firstSentence('no stop at all')).toEqual({ sentence: 'no stop at all', more: false })
  })
})
