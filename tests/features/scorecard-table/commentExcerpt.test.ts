import { describe, expect, it } from 'vitest'
import { commentFor, excerptComment } from '../../../src/features/scorecard-table/commentExcerpt'
import { buildIndicator } from '../../support/buildIndicator'

const LONG =
  'Of the cases open in quarter 2, 44 were issue based cases, 24 in care, 14 Care Leavers, 5 Disability and 1 Asylum seeker, with more to follow next quarter.'

describe('excerptComment', () => {
  it('leaves a short comment as it is', () => {
    expect(excerptComment('As above.')).toBe('As above.')
  })

  it('cuts a long comment on a word boundary, with an ellipsis, within 80 characters (two lines of the table)', () => {
    const excerpt = excerptComment(LONG)
    expect(excerpt.length).toBeLessThanOrEqual(80)
    expect(excerpt).toMatch(/…$/)
    const kept = excerpt.slice(0, -1)
    expect(LONG.startsWith(kept)).toBe(true)
    // The cut falls between words: the next character in the original is a space.
    expect(LONG[kept.length]).toBe(' ')
    expect(excerpt).toBe('Of the cases open in quarter 2, 44 were issue based cases, 24 in care, 14 Care…')
  })

  it('drops punctuation left dangling before the ellipsis', () => {
    expect(excerptComment('one two, three four', 10)).toBe('one two…')
  })

  it('cuts inside a word only when there is no space to cut at', () => {
    expect(excerptComment('x'.repeat(200), 20)).toBe(`${'x'.repeat(19)}…`)
  })

  it('keeps a comment of exactly the limit whole', () => {
    const exact = 'a'.repeat(40) + ' ' + 'b'.repeat(39)
    expect(excerptComment(exact)).toBe(exact)
  })
})

describe('commentFor', () => {
  it("returns the chosen period's comment only", () => {
    const source = { doc: 'test', line: 1 }
    const indicator = buildIndicator({
      commentary: [
        { period: '2018-19-Q1', text: 'Q1 comment', source },
        { period: '2018-19-Q2', text: 'Q2 comment', source },
      ],
    })
    expect(commentFor(indicator, '2018-19-Q2')).toBe('Q2 comment')
    expect(commentFor(indicator, '2017-18-YE')).toBeUndefined()
  })
})
