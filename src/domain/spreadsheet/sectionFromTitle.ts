// Section heading rows in the paper layout ("General", "Priority 1 - Being a
// Good Corporate Parent") become sections. A heading the current scorecard
// already has keeps its section; a new one gets an id in the seed files' style.
import type { Section } from '../scorecardSchema'

const normTitle = (title: string) => title.replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase()

const slug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'section'

/** A new section for a heading, with the id and kind the seed files would give it. */
export function sectionFromTitle(title: string): Section {
  const text = title.replace(/\s+/g, ' ').trim()
  if (/^general$/i.test(text)) return { id: 'general', title: text, kind: 'general' }
  const pledge = /^(?:priority|pledge)\s*([1-5])\b/i.exec(text)
  if (pledge) return { id: `pledge-${pledge[1]}`, title: text, kind: 'pledge', number: Number(pledge[1]) }
  if (/sufficiency/i.test(text)) return { id: slug(text), title: text, kind: 'sufficiency' }
  if (/health/i.test(text)) return { id: slug(text), title: text, kind: 'health' }
  return { id: slug(text), title: text, kind: 'general' }
}

/** Finds or creates sections by heading, keeping ids unique. */
export class SectionResolver {
  private readonly byTitle = new Map<string, Section>()
  private readonly ids = new Set<string>()
  readonly created: Section[] = []

  constructor(readonly existing: readonly Section[]) {
    for (const section of existing) {
      this.byTitle.set(normTitle(section.title), section)
      this.ids.add(section.id)
    }
  }

  byId(id: string): Section | undefined {
    return this.existing.find((s) => s.id === id) ?? this.created.find((s) => s.id === id)
  }

  /** The section with this heading, if there is one already; never creates one. */
  find(title: string): Section | undefined {
    return this.byTitle.get(normTitle(title))
  }

  resolve(title: string): Section {
    const known = this.find(title)
    if (known) return known
    const section = sectionFromTitle(title)
    let id = section.id
    for (let n = 2; this.ids.has(id); n++) id = `${section.id}-${n}`
    const made = { ...section, id }
    this.byTitle.set(normTitle(title), made)
    this.ids.add(id)
    this.created.push(made)
    return made
  }
}
