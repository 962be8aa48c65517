// Small pieces of English used in every sentence the app builds: counts with
// the right plural, lists joined with "and", and the words for an indicator's
// polarity and unit. One home, so every screen says them the same way.
import type { Frequency, Polarity, Unit } from './scorecardSchema'

/** The word for a count: "indicator" for 1, "indicators" for 0 or many; `many` for irregular plurals. */
export function pluralWord(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many
}

/** A count and its word: "1 indicator", "0 indicators", "3 indicators have" (with `one`/`many` as phrases). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${pluralWord(n, one, many)}`
}

/** "a", "a and b", "a, b and c" (no comma before "and", as the papers write it; "or" for alternatives); "" for none. */
export function joinWords(words: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`
}

/** The text with its first letter a capital: a clause made into the start of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export type PolarityWords = {
  /** On its own, as a table cell or a changed value: "High is good". */
  label: string
  /** Inside a sentence: "Target 90%; high is good." */
  inSentence: string
  /** What it means for the reader, where the indicator is described: "Higher is better". */
  meaning: string
  /** As the paper scorecard prints it ("High is Good", blank for none): what export writes and import reads back. */
  paper: string
}

export const POLARITY_WORDS: Record<Polarity, PolarityWords> = {
  'high-is-good': { label: 'High is good', inSentence: 'high is good', meaning: 'Higher is better', paper: 'High is Good' },
  'low-is-good': { label: 'Low is good', inSentence: 'low is good', meaning: 'Lower is better', paper: 'Low is Good' },
  none: { label: 'No polarity', inSentence: 'no polarity', meaning: 'None given: shown for context, not rated', paper: '' },
}

export type UnitWords = {
  /** On its own, where the indicator is described: "percentage", "rate per 10,000 children". */
  label: string
  /** Inside a sentence: "this indicator is a percentage". */
  inSentence: string
}

export const UNIT_WORDS: Record<Unit, UnitWords> = {
  count: { label: 'number', inSentence: 'a number' },
  percent: { label: 'percentage', inSentence: 'a percentage' },
  'rate-per-10000': { label: 'rate per 10,000 children', inSentence: 'a rate per 10,000' },
  days: { label: 'days', inSentence: 'a number of days' },
  'gbp-per-week': { label: '£ per week', inSentence: '£ per week' },
  score: { label: 'score', inSentence: 'a score' },
  'yes-no': { label: 'yes / no', inSentence: 'yes / no' },
  text: { label: 'text', inSentence: 'text' },
}

export type FrequencyWords = {
  /** On its own, where the indicator is described: "Quarterly"; the importer reads these back (readFrequencyText). */
  label: string
  /** After "is reported": "quarterly", "each term". */
  reported: string
}

export const FREQUENCY_WORDS: Record<Frequency, FrequencyWords> = {
  quarterly: { label: 'Quarterly', reported: 'quarterly' },
  termly: { label: 'Termly', reported: 'each term' },
  'half-termly': { label: 'Half-termly', reported: 'each half term' },
  monthly: { label: 'Monthly', reported: 'monthly' },
  'year-to-date': { label: 'Year to date', reported: 'as a year-to-date figure' },
  annual: { label: 'Annual', reported: 'annually' },
  'as-at': { label: 'At a point in time', reported: 'at a point in time' },
}
