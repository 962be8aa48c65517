// The choices each filter offers: only values the loaded scorecard has.
import { COHORT_LABELS } from '../../domain/summarise'
import { COHORTS, type Indicator, type Section } from '../../domain/scorecardSchema'

export type Option = { value: string; label: string }

export function sectionOptions(sections: readonly Section[], indicators: readonly Indicator[]): Option[] {
  const used = new Set(indicators.map((i) => i.section))
  return sections.filter((s) => used.has(s.id)).map((s) => ({ value: s.id, label: s.title }))
}

export function cohortOptions(indicators: readonly Indicator[]): Option[] {
  const used = new Set(indicators.flatMap((i) => i.cohorts))
  return COHORTS.filter((c) => used.has(c)).map((c) => ({ value: c, label: COHORT_LABELS[c] }))
}

export function leadNames(indicators: readonly Indicator[]): string[] {
  const names = indicators.map((i) => i.lead?.trim() ?? '').filter((n) => n !== '')
  return [...new Set(names)].sort((a, b) => a.localeCompare(b, 'en-GB'))
}

export const RAG_OPTIONS: Option[] = [
  { value: 'red', label: 'Red' },
  { value: 'amber', label: 'Amber' },
  { value: 'green', label: 'Green' },
  { value: 'none', label: 'Not rated' },
]

export const DIRECTION_OPTIONS: Option[] = [
  { value: 'improving', label: 'Improving' },
  { value: 'worsening', label: 'Worsening' },
  { value: 'no-change', label: 'No real change' },
  { value: 'none', label: 'No direction, or no polarity' },
]

/** Values are the URL form of the sort (see formatSort), "ref" being the default. */
export const SORT_OPTIONS: Option[] = [
  { value: 'ref', label: 'Ref, scorecard order' },
  { value: '-ref', label: 'Ref, reverse order' },
  { value: 'title', label: 'Indicator, A to Z' },
  { value: '-title', label: 'Indicator, Z to A' },
  { value: 'rag', label: 'RAG, red first' },
  { value: '-rag', label: 'RAG, green first' },
  { value: 'dir', label: 'Direction, worsening first' },
  { value: '-dir', label: 'Direction, improving first' },
  { value: 'value', label: 'Figure, lowest first' },
  { value: '-value', label: 'Figure, highest first' },
]
