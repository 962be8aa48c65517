// Sorting the table's rows. Each key ranks a row as (group, value): groups
// always run in the same order, so rows with nothing to compare (not rated, no
// direction, a status instead of a figure) stay at the end whichever way the
// column is sorted; only values within a group are reversed. Ties fall back to
// the ref's natural order.
import type { Assessment } from '../../domain/assessIndicator'
import type { DirectionMeaning } from '../../domain/computeDirection'
import type { RagRating } from '../../domain/computeRag'
import { STATUS_WORDS } from '../../domain/formatValue'
import type { Indicator } from '../../domain/scorecardSchema'
import { compareRefKeys, refKey, type RefKey } from './compareRefs'
import type { Sort, SortKey } from './tableQuery'

type Rank = { group: number; value: number | string }

/** Most severe first, as the committee reads the scorecard. */
const RAG_SEVERITY: Record<Exclude<RagRating, 'none'>, number> = { red: 0, amber: 1, green: 2 }
const DIRECTION_ORDER: Record<Exclude<DirectionMeaning, 'none'>, number> = { worsening: 0, 'no-change': 1, improving: 2 }

function rankRag(a: Assessment): Rank {
  const rating = a.rag.rating
  return rating === 'none' ? { group: 1, value: 0 } : { group: 0, value: RAG_SEVERITY[rating] }
}

function rankDirection(a: Assessment): Rank {
  const { meaning, raw } = a.direction
  if (meaning !== 'none') return { group: 0, value: DIRECTION_ORDER[meaning] }
  // A movement without polarity (up or down, neither better nor worse) before no direction at all.
  return { group: raw === null ? 2 : 1, value: raw ?? '' }
}

/** Numbers first, then yes/no and text answers, then statuses, then no cell at all. */
function rankValue(a: Assessment): Rank {
  const cell = a.cell
  if (!cell) return { group: 3, value: 0 }
  switch (cell.kind) {
    case 'number':
      return { group: 0, value: cell.number }
    case 'yes-no':
      return { group: 1, value: cell.answer ? 'yes' : 'no' }
    case 'text':
      return { group: 1, value: cell.text }
    default:
      return { group: 2, value: STATUS_WORDS[cell.kind] }
  }
}

const RANKERS: Record<Exclude<SortKey, 'ref'>, (a: Assessment) => Rank> = {
  title: (a) => ({ group: 0, value: a.indicator.title }),
  rag: rankRag,
  dir: rankDirection,
  value: rankValue,
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true })

function compareValues(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return collator.compare(String(a), String(b))
}

/** A row with what it is sorted by, worked out once rather than in every comparison. */
type Keyed = { assessment: Assessment; ref: RefKey; rank: Rank | undefined }

function compareBy(x: Keyed, y: Keyed, sign: number): number {
  if (!x.rank || !y.rank) return sign * compareRefKeys(x.ref, y.ref)
  if (x.rank.group !== y.rank.group) return x.rank.group - y.rank.group
  return sign * compareValues(x.rank.value, y.rank.value)
}

// Worked out once per indicator rather than on every sort: each keystroke in
// the search sorts every match again, and splitting 10,000 refs is about half
// of sorting them.
const refKeys = new WeakMap<Indicator, RefKey>()

function refKeyOf(indicator: Indicator): RefKey {
  let key = refKeys.get(indicator)
  if (!key) {
    key = refKey(indicator.ref)
    refKeys.set(indicator, key)
  }
  return key
}

export function sortAssessments(assessments: readonly Assessment[], sort: Sort): Assessment[] {
  const sign = sort.order === 'asc' ? 1 : -1
  const ranker = sort.key === 'ref' ? undefined : RANKERS[sort.key]
  const keyed: Keyed[] = assessments.map((a) => ({ assessment: a, ref: refKeyOf(a.indicator), rank: ranker?.(a) }))
  keyed.sort((x, y) => compareBy(x, y, sign) || compareRefKeys(x.ref, y.ref))
  return keyed.map((k) => k.assessment)
}
