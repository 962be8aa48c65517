// A cell typed in a spreadsheet ("95%", "£3,561", "Supressed", "57% (63%)",
// "Yes") as a scorecard value, keeping the text exactly as typed.
import { parsePrintedValue } from '../parsePrintedValue'
import type { DistributiveOmit } from '../cellKinds'
import type { Cohort, Frequency, Unit, ValueCell } from '../scorecardSchema'

export type TypedCell = DistributiveOmit<ValueCell, 'period' | 'source'>

/** Reads a non-blank cell; blank cells mean different things in different places, so callers decide. */
export function readTypedCell(text: string): TypedCell {
  const read = parsePrintedValue(text)
  switch (read.kind) {
    case 'number':
      return {
        kind: 'number',
        number: read.number,
        printed: text,
        ...(read.alternate ? { alternate: { number: read.alternate.number, printed: read.alternate.printed } } : {}),
      }
    case 'yes-no':
      return { kind: 'yes-no', answer: read.answer, printed: text }
    case 'text':
      return { kind: 'text', text: read.text, printed: text }
    default:
      return { kind: read.kind, printed: text }
  }
}

export type RagWord = 'red' | 'amber' | 'green'

/** "Red", "A", "amber", "G" → a rating; anything else is undefined. */
export function readRagText(text: string): RagWord | undefined {
  const t = text.trim().toLowerCase()
  if (t === 'r' || t === 'red') return 'red'
  if (t === 'a' || t === 'amber') return 'amber'
  if (t === 'g' || t === 'green') return 'green'
  return undefined
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase()

/** "High is Good", "low is better", "Higher", blank → a polarity; anything else is undefined. */
export function readPolarityText(text: string): 'high-is-good' | 'low-is-good' | 'none' | undefined {
  const t = words(text)
  if (t === '' || t === 'none' || t === 'n/a' || t === '-') return 'none'
  if (/^(high(er)?|bigger|more)(( is)? (good|better))?$|^↑$|^up( is good)?$/.test(t)) return 'high-is-good'
  if (/^(low(er)?|smaller|less|fewer)(( is)? (good|better))?$|^↓$|^down( is good)?$/.test(t)) return 'low-is-good'
  return undefined
}

// Each unit in the words a spreadsheet uses, the app's own (UNIT_WORDS) among them.
const UNIT_TEXTS: readonly [Unit, RegExp][] = [
  ['percent', /^(%|percent(age)?|per cent|pct|% of .*)$/],
  ['rate-per-10000', /^(rate )?per 10,?000( children)?$/],
  ['days', /^((number of |average |no\.? of )?days?|working days)$/],
  ['gbp-per-week', /^(£|£ per week|£\/week|gbp|cost per week|weekly cost|£ weekly)$/],
  ['score', /^((average )?score)$/],
  ['yes-no', /^(yes\/no|y\/n|yes or no)$/],
  ['text', /^(text|words)$/],
  ['count', /^(number|count|no\.?|num|#|total|a number)$/],
]

/** A unit column's cell ("%", "Number", "Rate per 10,000"); undefined when blank or not a unit. */
export function readUnitText(text: string): Unit | undefined {
  const t = words(text).replace(/\s*\/\s*/g, '/')
  return UNIT_TEXTS.find(([, pattern]) => pattern.test(t))?.[0]
}

const COHORT_TEXTS: readonly [Cohort, RegExp][] = [
  ['care-leavers', /^(care leavers?|leaving care|cl)$/],
  ['cared-for-children', /^(cared[- ]for( children)?|children in care|looked after( children)?|children looked after|lac|cla|cic|cfc)$/],
  ['sufficiency', /^(sufficiency( \(placements\))?|placements?( sufficiency)?|placement sufficiency)$/],
  ['health', /^(health|health of cared[- ]for children)$/],
]

/** A cohort column's cell, one or several ("Cared for children; care leavers"); undefined when any part is not a cohort. */
export function readCohortText(text: string): Cohort[] | undefined {
  const parts = words(text)
    .split(/\s*(?:[,;/&+]|\band\b)\s*/)
    .filter(Boolean)
  if (parts.length === 0) return undefined
  const cohorts: Cohort[] = []
  for (const part of parts) {
    const cohort = COHORT_TEXTS.find(([, pattern]) => pattern.test(part))?.[0]
    if (!cohort) return undefined
    if (!cohorts.includes(cohort)) cohorts.push(cohort)
  }
  return cohorts
}

const FREQUENCY_TEXTS: readonly [Frequency, RegExp][] = [
  ['half-termly', /^(half[- ]?termly|1\/2 termly|each half term)$/],
  ['termly', /^(termly|each term|per term)$/],
  ['quarterly', /^(quarterly|quarter|qtr|q|each quarter)$/],
  ['monthly', /^(monthly|month|each month)$/],
  ['year-to-date', /^(year to date|ytd|cumulative)$/],
  ['annual', /^(annual(ly)?|yearly|year|year end|each year|once a year)$/],
  ['as-at', /^(as at|snapshot|(at a )?point in time)$/],
]

/** A frequency column's cell ("Quarterly", "Annual", "YTD"); undefined when blank or not one. */
export function readFrequencyText(text: string): Frequency | undefined {
  const t = words(text)
  return FREQUENCY_TEXTS.find(([, pattern]) => pattern.test(t))?.[0]
}
