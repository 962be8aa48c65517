// What makes a file's indicator another indicator than the current one of
// the same ref: a different title, unit or polarity. 179 children under a
// ref that holds a percentage must never become 179%, so such a pair is
// shown side by side and the officer chooses; the default keeps them apart.
import { formatCell } from '../formatValue'
import type { Indicator, Period, Polarity, Unit } from '../scorecardSchema'
import { POLARITY_WORDS, UNIT_WORDS } from '../wording'

export type IdentityField = 'title' | 'unit' | 'polarity'

/** An indicator as the review shows it beside another: what tells two indicators apart. */
export type IndicatorSketch = { title: string; unit: string; polarity: string; figures: string }

/** Titles that differ only in case, spacing or punctuation are the same title. */
export const titleKey = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%£]+/gu, ' ')
    .trim()

/** Which of title, unit and polarity the file gives differently; what it does not give is not a difference. */
export function identityDifferences(
  current: Pick<Indicator, 'title' | 'unit' | 'polarity'>,
  file: { title?: string | undefined; unit?: Unit | undefined; polarity?: Polarity | undefined },
): IdentityField[] {
  const differs: IdentityField[] = []
  if (file.title !== undefined && file.title.trim() !== '' && titleKey(file.title) !== titleKey(current.title)) differs.push('title')
  if (file.unit !== undefined && file.unit !== current.unit) differs.push('unit')
  if (file.polarity !== undefined && file.polarity !== 'none' && file.polarity !== current.polarity) differs.push('polarity')
  return differs
}

/** An indicator's title, unit, polarity and latest figures (up to three). */
export function sketchOfIndicator(indicator: Indicator, periods: ReadonlyMap<string, Period>): IndicatorSketch {
  const latest = indicator.values
    .map((v) => ({ v, p: periods.get(v.period) }))
    .filter((x) => x.p !== undefined && x.v.kind !== 'not-reported')
    .sort((a, b) => (a.p!.end < b.p!.end ? 1 : a.p!.end > b.p!.end ? -1 : 0))
    .slice(0, 3)
  return {
    title: indicator.title,
    unit: UNIT_WORDS[indicator.unit].label,
    polarity: POLARITY_WORDS[indicator.polarity].label,
    figures: latest.map(({ v, p }) => `${p!.label}: ${formatCell(v, indicator.unit)}`).join('; ') || 'no figures',
  }
}

/** A ref for the file's indicator beside the current one: G1-2, or the next one free. Marks it taken. */
export function freeRef(ref: string, taken: Set<string>): string {
  let n = 2
  while (taken.has(`${ref}-${n}`)) n++
  const made = `${ref}-${n}`
  taken.add(made)
  return made
}
