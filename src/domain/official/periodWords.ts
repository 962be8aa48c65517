// An official year in a sentence or a heading. Labels read "31 March 2025"
// (a snapshot), "year ending 31 March 2025" or "academic year 2024/25", so a
// sentence needs "on" for a date and "in the" for a year.
import { capitalise } from '../wording'
import type { OfficialPeriod } from './officialDataset'

/** "on 31 March 2025", "in the year ending 31 March 2025", "in the academic year 2024/25". */
export function periodPhrase(period: Pick<OfficialPeriod, 'kind' | 'label'>): string {
  return period.kind === 'snapshot' ? `on ${period.label}` : `in ${withArticle(period.label)}`
}

/** "for 31 March 2025", "for the year ending 31 March 2025", "for the academic year 2024/25". */
export function periodFor(period: Pick<OfficialPeriod, 'kind' | 'label'>): string {
  return `for ${period.kind === 'snapshot' ? period.label : withArticle(period.label)}`
}

/** "the year ending 31 March 2025" for a label that starts in lower case; "2024/25" as it is. */
const withArticle = (label: string) => (/^[a-z]/.test(label) ? `the ${label}` : label)

/** The label starting with a capital, for a heading or the first cell of a row: "Year ending 31 March 2025". */
export function periodHeading(period: Pick<OfficialPeriod, 'label' | 'mark'>): string {
  const label = capitalise(period.label)
  return period.mark ? `${label} (${period.mark})` : label
}
