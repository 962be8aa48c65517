// A new indicator from a spreadsheet needs a unit, a frequency and cohorts the
// paper layout does not print. They are read from the title and figures, and
// the import report says so, so an officer can correct them in the JSON.
import type { Cohort, Frequency, Section, Unit } from '../scorecardSchema'

export function inferUnit(title: string, typed: readonly string[]): Unit {
  const texts = typed.map((t) => t.trim()).filter(Boolean)
  if (/rate per 10,?000/i.test(title)) return 'rate-per-10000'
  // Before days: "% of assessments completed within 20 working days" is a percentage.
  if (texts.some((t) => /%/.test(t)) || /^%|\bpercentage\b/i.test(title.trim())) return 'percent'
  if (/\bdays\b/i.test(title) || texts.some((t) => /\bdays?$/i.test(t))) return 'days'
  if (texts.some((t) => /^£/.test(t))) return 'gbp-per-week'
  if (texts.length > 0 && texts.every((t) => /^(yes|no)$/i.test(t))) return 'yes-no'
  return 'count'
}

export function inferFrequency(title: string): Frequency {
  if (/1\/2 termly|half[- ]termly/i.test(title)) return 'half-termly'
  if (/termly/i.test(title)) return 'termly'
  if (/\bmonthly\b/i.test(title)) return 'monthly'
  if (/\bytd\b|year to date/i.test(title)) return 'year-to-date'
  return 'quarterly'
}

export function inferCohorts(title: string, sectionKind: Section['kind'] | undefined): Cohort[] {
  if (sectionKind === 'sufficiency') return ['sufficiency']
  if (sectionKind === 'health') return ['health']
  if (/care leaver/i.test(title)) return ['care-leavers']
  return ['cared-for-children']
}
