import { describe, expect, it } from 'vitest'
import {
  readCohortText,
  readFrequencyText,
  readPolarityText,
  readRagText,
  readTypedCell,
  readUnitText,
} from '../../../src/domain/spreadsheet/readTypedCell'

describe('readTypedCell: a typed cell as a value, keeping the text as typed', () => {
  it.each([
    ['95%', { kind: 'number', number: 95, printed: '95%' }],
    ['91.0%', { kind: 'number', number: 91, printed: '91.0%' }],
    ['£3,561', { kind: 'number', number: 3561, printed: '£3,561' }],
    [' 477 ', { kind: 'number', number: 477, printed: ' 477 ' }],
    ['57% (63%)', { kind: 'number', number: 57, printed: '57% (63%)', alternate: { number: 63, printed: '63%' } }],
    ['Supressed', { kind: 'suppressed', printed: 'Supressed' }],
    ['Suppressed', { kind: 'suppressed', printed: 'Suppressed' }],
    ['N/A', { kind: 'not-applicable', printed: 'N/A' }],
    ['Under development', { kind: 'under-development', printed: 'Under development' }],
    ['-', { kind: 'not-reported', printed: '-' }],
    ['Yes', { kind: 'yes-no', answer: true, printed: 'Yes' }],
    ['no', { kind: 'yes-no', answer: false, printed: 'no' }],
    ['TBC', { kind: 'text', text: 'TBC', printed: 'TBC' }],
    ['400-450', { kind: 'text', text: '400-450', printed: '400-450' }],
  ])('%j', (text, cell) => {
    expect(readTypedCell(text)).toEqual(cell)
  })
})

describe('readRagText and readPolarityText', () => {
  it.each([
    ['Red', 'red'],
    [' amber ', 'amber'],
    ['G', 'green'],
    ['Purple', undefined],
    ['', undefined],
  ])('RAG %j is %s', (text, rag) => {
    expect(readRagText(text)).toBe(rag)
  })

  it.each([
    ['High is Good', 'high-is-good'],
    ['high is good', 'high-is-good'],
    ['Higher is better', 'high-is-good'],
    ['Low is Good', 'low-is-good'],
    ['Lower is better', 'low-is-good'],
    ['', 'none'],
    ['N/A', 'none'],
    ['Sideways', undefined],
    ['High', 'high-is-good'],
    ['Higher', 'high-is-good'],
    ['Bigger is better', 'high-is-good'],
    ['Low', 'low-is-good'],
    ['Smaller is better', 'low-is-good'],
  ])('polarity %j is %s', (text, polarity) => {
    expect(readPolarityText(text)).toBe(polarity)
  })
})

describe('unit, cohort and frequency columns', () => {
  it.each([
    ['%', 'percent'],
    ['Percentage', 'percent'],
    ['per cent', 'percent'],
    ['Number', 'count'],
    ['No.', 'count'],
    ['Count', 'count'],
    ['Rate per 10,000', 'rate-per-10000'],
    ['rate per 10000 children', 'rate-per-10000'],
    ['Days', 'days'],
    ['£ per week', 'gbp-per-week'],
    ['£', 'gbp-per-week'],
    ['Score', 'score'],
    ['Yes/No', 'yes-no'],
    ['Y / N', 'yes-no'],
    ['', undefined],
    ['Widgets', undefined],
  ])('unit %j is %s', (text, unit) => {
    expect(readUnitText(text)).toBe(unit)
  })

  it.each([
    ['Cared for children', ['cared-for-children']],
    ['Children in care', ['cared-for-children']],
    ['LAC', ['cared-for-children']],
    ['Care leavers', ['care-leavers']],
    ['Cared for children; care leavers', ['cared-for-children', 'care-leavers']],
    ['Sufficiency', ['sufficiency']],
    ['Health', ['health']],
    ['Everyone', undefined],
    ['', undefined],
  ])('cohort %j is %j', (text, cohorts) => {
    expect(readCohortText(text)).toEqual(cohorts)
  })

  it.each([
    ['Quarterly', 'quarterly'],
    ['Monthly', 'monthly'],
    ['Termly', 'termly'],
    ['Half-termly', 'half-termly'],
    ['Annual', 'annual'],
    ['Annually', 'annual'],
    ['Yearly', 'annual'],
    ['YTD', 'year-to-date'],
    ['As at', 'as-at'],
    ['Weekly', undefined],
  ])('frequency %j is %s', (text, frequency) => {
    expect(readFrequencyText(text)).toBe(frequency)
  })
})
