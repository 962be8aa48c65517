import { describe, expect, it } from 'vitest'
import { directionWords, printedDirectionWords, printedRagWords, RAG_WORDS, UNREADABLE_IN_SOURCE } from '../../src/domain/ratingWords'

describe('the words for a rating and a direction', () => {
  it('says the app’s own in words', () => {
    expect(Object.values(RAG_WORDS)).toEqual(['Red', 'Amber', 'Green', 'Not rated'])
    expect(directionWords({ raw: 'up', meaning: 'worsening' })).toBe('Up, worsening')
    expect(directionWords({ raw: 'down', meaning: 'none' })).toBe('Down')
    expect(directionWords({ raw: 'same', meaning: 'no-change' })).toBe('No real change')
    expect(directionWords({ raw: null, meaning: 'none' })).toBe('No direction')
  })

  it('says what a source printed as what it reads as, never the transcribed glyph', () => {
    expect(printedRagWords({ rag: 'amber', ragRaw: 'rated as amber' })).toBe('Amber')
    expect(printedRagWords({ ragRaw: '\\checkmark' })).toBe(UNREADABLE_IN_SOURCE)
    expect(printedRagWords(undefined)).toBe('')
    expect(printedDirectionWords('$ \\downarrow$')).toBe('Down')
    expect(printedDirectionWords('↑')).toBe('Up')
    expect(printedDirectionWords('\\rightarrow')).toBe('No change')
    expect(printedDirectionWords('\\checkmark')).toBe('unreadable in the source')
    expect(printedDirectionWords('1')).toBe('unreadable in the source')
    expect(printedDirectionWords(' ')).toBe('')
    expect(printedDirectionWords(undefined)).toBe('')
  })
})
