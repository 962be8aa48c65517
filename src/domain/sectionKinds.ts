// The section kinds a council uses ("pledge", "priority", "theme"), declared
// by the data in the council's own words, and how a section is named with
// them. Nothing here knows any council's kinds: a file that declares none may
// use any kind, and a section is then named by its kind as written.
import type { DataIssue } from './parseScorecard'
import { SectionKindSchema, type Section, type SectionKind } from './scorecardSchema'

type Report = (issue: Omit<DataIssue, 'file'>) => void

/** The file's `sectionKinds`, each checked on its own: a bad or repeated one is reported and left out. */
export function parseSectionKinds(raw: unknown, report: Report): SectionKind[] | undefined {
  if (raw === undefined) return undefined
  if (!Array.isArray(raw)) {
    report({
      severity: 'error',
      field: 'sectionKinds',
      message: 'sectionKinds must be a list; it was ignored, so any section kind is accepted.',
    })
    return undefined
  }
  const kinds: SectionKind[] = []
  raw.forEach((item, index) => {
    const parsed = SectionKindSchema.safeParse(item)
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        report({
          severity: 'error',
          field: [`sectionKinds[${index}]`, ...issue.path.map(String)].join('.'),
          message: `${issue.message}. This section kind was ignored.`,
        })
      return
    }
    if (kinds.some((k) => k.id === parsed.data.id)) {
      report({
        severity: 'error',
        field: `sectionKinds[${index}].id`,
        message: `The kind "${parsed.data.id}" is declared twice; the second was ignored.`,
      })
      return
    }
    kinds.push(parsed.data)
  })
  return kinds
}

/**
 * A section whose kind the file does not declare is still loaded (dropping it
 * would drop its indicators), with a warning naming the section and the kinds
 * the file does declare.
 */
export function checkSectionKinds(sections: readonly Section[], kinds: readonly SectionKind[] | undefined, report: Report): void {
  if (kinds === undefined) return
  const known = new Set(kinds.map((k) => k.id))
  sections.forEach((section, index) => {
    if (known.has(section.kind)) return
    report({
      severity: 'warning',
      field: `sections[${index}].kind`,
      message: `Section "${section.id}" has the kind "${section.kind}", which is not one of this file's sectionKinds (${[...known].join(', ') || 'none'}). The section is shown; its kind has no words of its own.`,
    })
  })
}

/** The kind's word in a sentence: its declared name, else the kind as written. */
export function sectionKindName(kind: string, kinds: readonly SectionKind[] | undefined): string {
  return kinds?.find((k) => k.id === kind)?.name ?? kind
}

/**
 * A section's short name in the council's words: "pledge 3" for a numbered
 * section (its kind's name and its number), else its title.
 */
export function sectionShortName(section: Section, kinds: readonly SectionKind[] | undefined): string {
  return section.number === undefined ? section.title : `${sectionKindName(section.kind, kinds)} ${section.number}`
}

/** The kinds of several files together: the first definition of an id wins; a different one is reported by the caller. */
export function mergeSectionKinds(
  into: SectionKind[] | undefined,
  more: readonly SectionKind[] | undefined,
  differs: (kind: SectionKind) => void,
): SectionKind[] | undefined {
  if (!more) return into
  const merged = [...(into ?? [])]
  for (const kind of more) {
    const existing = merged.find((k) => k.id === kind.id)
    if (!existing) merged.push(kind)
    else if (JSON.stringify(existing) !== JSON.stringify(kind)) differs(kind)
  }
  return merged
}

type ReadSection = Section & { pledge?: number; pledgeText?: string }

/** A section as read, with the older `pledge`/`pledgeText` spellings turned into `number`/`statement`. */
export function fromOlderSpelling(read: ReadSection, index: number, report: Report): Section {
  const { pledge, pledgeText, ...section } = read
  const older = [
    ['number', 'pledge', pledge],
    ['statement', 'pledgeText', pledgeText],
  ] as const
  for (const [key, oldKey, value] of older) {
    if (value === undefined) continue
    if (section[key] === undefined) Object.assign(section, { [key]: value })
    else if (section[key] !== value)
      report({
        severity: 'warning',
        field: `sections[${index}].${oldKey}`,
        message: `${oldKey} (the older spelling of ${key}) differs from ${key}; ${key} is used.`,
      })
  }
  return section
}
