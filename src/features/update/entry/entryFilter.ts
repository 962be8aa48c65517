// Which indicators the entry form shows: a search on ref and title, and one
// lead officer's. Only what is drawn; every entry stays in the draft.
import type { Indicator } from '../../../domain/scorecardSchema'

export type EntryFilter = { search: string; lead: string }

export const NO_ENTRY_FILTER: EntryFilter = { search: '', lead: '' }

const leadOf = (indicator: Indicator) => indicator.lead?.trim() ?? ''

/** Every word of the search is in the ref or title; the lead, when chosen, is the indicator's. */
export function matchesEntryFilter(indicator: Indicator, filter: EntryFilter): boolean {
  if (filter.lead !== '' && leadOf(indicator) !== filter.lead) return false
  const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean)
  const haystack = `${indicator.ref} ${indicator.title}`.toLowerCase()
  return words.every((word) => haystack.includes(word))
}

/** The lead officers named, once each, in alphabetical order. */
export function leadOfficers(indicators: readonly Indicator[]): string[] {
  return [...new Set(indicators.map(leadOf).filter((lead) => lead !== ''))].sort((a, b) => a.localeCompare(b))
}
