// Which indicators a deck shows, in which order, for a period. A deck is named
// in the URL (?deck=): all, exceptions, a section id (pledge-3), <kind>-<number>
// for the section of that kind and number (whatever its id), or custom with
// ?refs=P3.16,P3.17.
import { assessAtPoint, assessIndicator, hasEntry, type Assessment } from '../../domain/assessIndicator'
import { findExceptions } from '../../domain/findExceptions'
import { groupBySection, type SectionGroup } from '../../domain/groupBySection'
import { indexPeriods } from '../../domain/periods'
import { entryPeriods } from '../../domain/periodsWithData'
import { unknownPoint, withPoint, type ReportingPoint } from '../../domain/reportingPoints'
import { resolvePoint } from '../../domain/scorecardPoints'
import type { Indicator, Period, Scorecard, Section } from '../../domain/scorecardSchema'

export type Slide = {
  assessment: Assessment
  /** Set when the indicator has no entry for the chosen period and its latest (by then, or at all) is shown instead. */
  shownInsteadOf?: string
}

export type Deck = {
  id: string
  title: string
  slides: Slide[]
  /** Refs asked for in a custom deck that are not in the scorecard. */
  unknownRefs: string[]
}

export type DeckOption = { id: string; title: string; count: number; section?: Section }

export const CUSTOM_DECK = 'custom'

/** "P3.16, P3.17" → ["P3.16", "P3.17"], without blanks or repeats. */
export function parseRefs(param: string | null): string[] {
  if (!param) return []
  return [
    ...new Set(
      param
        .split(',')
        .map((r) => r.trim())
        .filter((r) => r !== ''),
    ),
  ]
}

/** The 1-based slide number from the URL, kept inside the deck. */
export function parseSlide(param: string | null, count: number): number {
  const n = Number.parseInt(param ?? '', 10)
  if (!Number.isFinite(n) || count === 0) return 1
  return Math.min(Math.max(n, 1), count)
}

/** Every section's indicators, undeclared sections included, so each can be a deck. */
function sectionGroups(scorecard: Scorecard): SectionGroup<Indicator>[] {
  return groupBySection(scorecard.indicators, (i) => i.section, scorecard.sections, { keepEmpty: true })
}

function sectionFor(scorecard: Scorecard, deckId: string): SectionGroup<Indicator> | undefined {
  const groups = sectionGroups(scorecard)
  const exact = groups.find((g) => g.section.id === deckId)
  if (exact) return exact
  const numbered = /^(.+)-(\d+)$/.exec(deckId)
  if (!numbered) return undefined
  return groups.find((g) => g.section.declared?.kind === numbered[1] && g.section.declared?.number === Number(numbered[2]))
}

/** The indicators with an entry (a figure or a status) by the reporting point, each at its latest: what a meeting on that period looks at. */
function assessInPeriod(indicators: readonly Indicator[], point: ReportingPoint, periods: ReadonlyMap<string, Period>): Assessment[] {
  return indicators.map((i) => assessAtPoint(i, point, periods)).filter(hasEntry)
}

/** A slide for an assessment at a point, saying so when the figure is its latest from another period. */
function slideFor(assessment: Assessment, point: ReportingPoint): Slide {
  return assessment.periodId === point.id ? { assessment } : { assessment, shownInsteadOf: point.id }
}

/** A hand-picked indicator is shown even without an entry by the point: at its latest entry, and the slide says so. */
function customSlide(indicator: Indicator, point: ReportingPoint, periods: ReadonlyMap<string, Period>): Slide {
  const own = assessAtPoint(indicator, point, periods)
  if (hasEntry(own)) return slideFor(own, point)
  const latest = entryPeriods(indicator, periods).at(-1)
  if (!latest) return { assessment: own }
  return { assessment: assessIndicator(indicator, latest.id, periods), shownInsteadOf: point.id }
}

/** The reporting point a period id names (see reportingPoints.ts), with the period lookup that knows it. */
function pointAndPeriods(scorecard: Scorecard, periodId: string) {
  const point = resolvePoint(scorecard, periodId) ?? unknownPoint(periodId)
  return { point, periods: withPoint(indexPeriods(scorecard.periods), point) }
}

/** The deck named in the URL, or undefined when the name is not one this scorecard has. */
export function resolveDeck(scorecard: Scorecard, deckId: string, refsParam: string | null, periodId: string): Deck | undefined {
  const { point, periods } = pointAndPeriods(scorecard, periodId)
  const all = () => assessInPeriod(scorecard.indicators, point, periods)
  const deck = (title: string, assessments: Assessment[]): Deck => ({
    id: deckId,
    title,
    slides: assessments.map((assessment) => slideFor(assessment, point)),
    unknownRefs: [],
  })

  if (deckId === 'all') return deck('All indicators', all())
  if (deckId === 'exceptions')
    return deck(
      'What needs attention',
      findExceptions(all()).map((e) => e.assessment),
    )
  if (deckId === CUSTOM_DECK) {
    const refs = parseRefs(refsParam)
    const byRef = new Map(scorecard.indicators.map((i) => [i.ref, i]))
    return {
      id: deckId,
      title: 'Chosen indicators',
      slides: refs.flatMap((ref) => {
        const indicator = byRef.get(ref)
        return indicator ? [customSlide(indicator, point, periods)] : []
      }),
      unknownRefs: refs.filter((r) => !byRef.has(r)),
    }
  }
  const group = sectionFor(scorecard, deckId)
  if (!group) return undefined
  return deck(group.section.title, assessInPeriod(group.items, point, periods))
}

function usedSections(scorecard: Scorecard): Section[] {
  const used = new Set(scorecard.indicators.map((i) => i.section))
  return scorecard.sections.filter((s) => used.has(s.id))
}

/** The decks to choose from, with how many slides each has for the period. */
export function deckOptions(scorecard: Scorecard, periodId: string): DeckOption[] {
  const { point, periods } = pointAndPeriods(scorecard, periodId)
  const inPeriod = assessInPeriod(scorecard.indicators, point, periods)
  return [
    { id: 'all', title: 'All indicators', count: inPeriod.length },
    { id: 'exceptions', title: 'What needs attention', count: findExceptions(inPeriod).length },
    // A section with indicators but no entry this period is offered (and says so); one with no indicators at all is not.
    ...groupBySection(inPeriod, (a) => a.indicator.section, usedSections(scorecard), { keepEmpty: true }).map(({ section, items }) => ({
      id: section.id,
      title: section.title,
      count: items.length,
      ...(section.declared ? { section: section.declared } : {}),
    })),
  ]
}
