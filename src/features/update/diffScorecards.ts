// "What changed": the differences between two versions of the scorecard, in
// words an officer checks before saving or importing.
import { formatCell, formatTarget, NO_DATA } from '../../domain/formatValue'
import { sectionHeading } from '../../domain/groupBySection'
import { indexPeriods } from '../../domain/periods'
import type { Indicator, Scorecard } from '../../domain/scorecardSchema'
import { POLARITY_WORDS } from '../../domain/wording'

export type ChangeKind = 'added' | 'removed' | 'changed'

export type ScorecardChange = {
  ref: string
  title: string
  kind: ChangeKind
  /** What changed, e.g. "Q3 2018-19 figure", "Target". */
  what: string
  before: string
  after: string
}

/** JSON with keys sorted, so two equal objects built in different orders compare equal. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

const NONE = '(none)'

export function diffScorecards(before: Scorecard, after: Scorecard): ScorecardChange[] {
  const periodLabels = new Map([...indexPeriods(before.periods), ...indexPeriods(after.periods)].map(([id, p]) => [id, p.label]))
  const label = (id: string | undefined) => (id ? (periodLabels.get(id) ?? id) : 'undated')
  const sectionTitle = (scorecard: Scorecard, id: string) => sectionHeading(id, scorecard.sections).title
  const beforeByRef = new Map(before.indicators.map((i) => [i.ref, i]))
  const afterRefs = new Set(after.indicators.map((i) => i.ref))
  const changes: ScorecardChange[] = []

  for (const next of after.indicators) {
    const previous = beforeByRef.get(next.ref)
    const push = (what: string, from: string, to: string) => {
      if (from !== to) changes.push({ ref: next.ref, title: next.title, kind: 'changed', what, before: from, after: to })
    }
    if (!previous) {
      changes.push({
        ref: next.ref,
        title: next.title,
        kind: 'added',
        what: 'New indicator',
        before: NONE,
        after: `${next.title} (${sectionTitle(after, next.section)})`,
      })
      continue
    }
    if (stableJson(previous) === stableJson(next)) continue
    push('Title', previous.title, next.title)
    push('Section', sectionTitle(before, previous.section), sectionTitle(after, next.section))
    push('Lead', previous.lead ?? NONE, next.lead ?? NONE)
    push('Info available from', previous.infoFrom ?? NONE, next.infoFrom ?? NONE)
    push('Polarity', POLARITY_WORDS[previous.polarity].label, POLARITY_WORDS[next.polarity].label)
    push('Unit', previous.unit, next.unit)
    push('Target', formatTarget(previous.target, previous.unit), formatTarget(next.target, next.unit))
    for (const id of periodIdsOf(previous, next, (i) => i.values)) {
      const from = previous.values.find((v) => v.period === id)
      const to = next.values.find((v) => v.period === id)
      const text = (indicator: Indicator, cell: typeof from) => {
        if (!cell) return NO_DATA
        const shown = formatCell(cell, indicator.unit)
        // The typed text matters when it is not what the app shows ("Supressed", "£3561").
        const typed = cell.printed?.trim()
        return typed && typed !== shown ? `${shown} (typed "${cell.printed}")` : shown
      }
      push(`${label(id)} figure`, text(previous, from), text(next, to))
    }
    for (const id of periodIdsOf(previous, next, (i) => i.commentary)) {
      const text = (i: Indicator) =>
        i.commentary
          .filter((c) => c.period === id)
          .map((c) => c.text)
          .join('\n\n') || NONE
      push(`${label(id)} commentary`, text(previous), text(next))
    }
    for (const id of periodIdsOf(previous, next, (i) => i.reported)) {
      const text = (i: Indicator) => {
        const r = i.reported.find((x) => x.period === id)
        return r
          ? [r.rag ? `RAG ${r.rag}` : '', r.directionRaw !== undefined ? `direction "${r.directionRaw}"` : ''].filter(Boolean).join(', ') ||
              NONE
          : NONE
      }
      push(`${label(id)} as reported`, text(previous), text(next))
    }
    const comparators = (i: Indicator) =>
      i.comparators
        .map((c) => `${c.label ?? c.kind.replace('-', ' ')} ${c.printed ?? c.number}${c.period ? ` (${label(c.period)})` : ''}`)
        .join('; ') || NONE
    push('Comparators', comparators(previous), comparators(next))
    const priorities = (i: Indicator) =>
      Object.entries(i.priorities ?? {})
        .map(([k, v]) => `${k}: ${v}`)
        .join('; ') || NONE
    push('Priorities', priorities(previous), priorities(next))
    push('Notes', `${previous.notes.length}`, `${next.notes.length}`)
  }
  for (const previous of before.indicators) {
    if (!afterRefs.has(previous.ref))
      changes.push({
        ref: previous.ref,
        title: previous.title,
        kind: 'removed',
        what: 'Indicator removed',
        before: previous.title,
        after: NONE,
      })
  }
  return changes
}

function periodIdsOf<T extends { period?: string }>(a: Indicator, b: Indicator, items: (i: Indicator) => readonly T[]): string[] {
  return [...new Set([...items(a), ...items(b)].flatMap((x) => (x.period ? [x.period] : [])))]
}

export type RefSummary = { added: string[]; updated: string[]; unchanged: string[]; notInFile: string[] }

/** Which indicators a file adds, changes or leaves alone, and which current ones it does not mention. */
export function summariseRefs(before: Scorecard, after: Scorecard, refsInFile: ReadonlySet<string>): RefSummary {
  const beforeByRef = new Map(before.indicators.map((i) => [i.ref, i]))
  const summary: RefSummary = { added: [], updated: [], unchanged: [], notInFile: [] }
  for (const indicator of after.indicators) {
    const previous = beforeByRef.get(indicator.ref)
    if (!refsInFile.has(indicator.ref)) continue
    if (!previous) summary.added.push(indicator.ref)
    else if (stableJson(previous) === stableJson(indicator)) summary.unchanged.push(indicator.ref)
    else summary.updated.push(indicator.ref)
  }
  summary.notInFile = before.indicators.filter((i) => !refsInFile.has(i.ref)).map((i) => i.ref)
  return summary
}
