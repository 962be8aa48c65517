import { describe, expect, it } from 'vitest'
import { POLARITIES, UNITS } from '../../src/domain/scorecardSchema'
import { readPolarityText } from '../../src/domain/spreadsheet/readTypedCell'
import { joinWords, plural, pluralWord, POLARITY_WORDS, UNIT_WORDS } from '../../src/domain/wording'

describe('plural', () => {
  it('is singular for exactly 1 and plural for 0 and many', () => {
    expect(plural(1, 'indicator')).toBe('1 indicator')
    expect(plural(0, 'indicator')).toBe('0 indicators')
    expect(plural(3, 'indicator')).toBe('3 indicators')
  })

  it('takes an irregular plural or a whole phrase', () => {
    expect(plural(1, 'indicator has', 'indicators have')).toBe('1 indicator has')
    expect(plural(0, 'indicator has', 'indicators have')).toBe('0 indicators have')
    expect(plural(2, 'entry', 'entries')).toBe('2 entries')
  })

  it('gives only the word when the number is shown apart', () => {
    expect(pluralWord(1, 'is', 'are')).toBe('is')
    expect(pluralWord(0, 'is', 'are')).toBe('are')
    expect(pluralWord(1.5, 'second')).toBe('seconds')
  })
})

describe('joinWords', () => {
  it.each([
    [[], ''],
    [['red'], 'red'],
    [['red', 'amber'], 'red and amber'],
    [['red', 'amber', 'green'], 'red, amber and green'],
  ])('%j reads %j', (words, joined) => {
    expect(joinWords(words)).toBe(joined)
  })
})

describe('polarity and unit words', () => {
  it('has every form for every polarity and unit', () => {
    for (const polarity of POLARITIES) {
      expect(POLARITY_WORDS[polarity].label).not.toBe('')
      expect(POLARITY_WORDS[polarity].inSentence).toBe(POLARITY_WORDS[polarity].label.toLowerCase())
      expect(POLARITY_WORDS[polarity].meaning).not.toBe('')
    }
    for (const unit of UNITS) expect(UNIT_WORDS[unit].label && UNIT_WORDS[unit].inSentence).toBeTruthy()
  })

  it('writes the paper form so that import reads the same polarity back', () => {
    for (const polarity of POLARITIES) expect(readPolarityText(POLARITY_WORDS[polarity].paper)).toBe(polarity)
  })
})
