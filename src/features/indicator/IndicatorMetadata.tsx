// The indicator's metadata, notes and source documents, as a committee reads
// them: documents named as a person knows them, and the transcriber's notes
// left to "Source and transcription notes" (SourceNotes.tsx).
import type { ReactNode } from 'react'
import { SourceCitation } from '../../components/SourceCitation'
import { documentName } from '../../domain/describeIndicator'
import { formatNumberWithUnit, formatTarget } from '../../domain/formatValue'
import { sectionHeading } from '../../domain/groupBySection'
import { FREQUENCY_WORDS, POLARITY_WORDS, UNIT_WORDS } from '../../domain/wording'
import type { Indicator, IndicatorNote, Period, Scorecard, SourceDocument, SourceRef } from '../../domain/scorecardSchema'
import { COHORT_LABELS } from '../../domain/summarise'
import { labelFor } from '../../domain/periods'

// Keyed by priority keys from data: a Map, so a key such as "constructor" is not read from Object.prototype.
const PRIORITY_NAMES = new Map([
  ['cyp', 'Children and young people’s plan priority'],
  ['corporate', 'Corporate priority'],
])

const NOTE_KINDS: Record<IndicatorNote['kind'], string> = {
  definition: 'Definition',
  'data-quality': 'Data quality',
  transcription: 'Transcription',
  context: 'Context',
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

export function IndicatorDetails({ indicator, scorecard }: { indicator: Indicator; scorecard: Pick<Scorecard, 'sections'> }) {
  const section = sectionHeading(indicator.section, scorecard.sections)
  const { unit } = indicator
  return (
    <dl className="indicator-metadata">
      <Fact term="Ref">{indicator.ref}</Fact>
      <Fact term="Section">
        {section.title}
        {section.declared?.statement && <span className="indicator-statement"> ({section.declared.statement})</span>}
      </Fact>
      <Fact term="Lead">{indicator.lead?.trim() || 'Not given'}</Fact>
      <Fact term="Information available from">{indicator.infoFrom?.trim() || 'Not given'}</Fact>
      <Fact term="Frequency">{FREQUENCY_WORDS[indicator.frequency].label}</Fact>
      <Fact term="Polarity">{POLARITY_WORDS[indicator.polarity].meaning}</Fact>
      <Fact term="Unit">{UNIT_WORDS[unit].label}</Fact>
      <Fact term="Target">{formatTarget(indicator.target, unit, { withUnit: true })}</Fact>
      {indicator.amberTolerance !== undefined && (
        <Fact term="Amber tolerance">A miss of at most {formatNumberWithUnit(indicator.amberTolerance, unit)} is amber, not red</Fact>
      )}
      <Fact term="Cohorts">{indicator.cohorts.length > 0 ? indicator.cohorts.map((c) => COHORT_LABELS[c]).join(', ') : 'None'}</Fact>
      {Object.entries(indicator.priorities ?? {}).map(([key, value]) => (
        <Fact key={key} term={PRIORITY_NAMES.get(key) ?? `Priority (${key})`}>
          {value}
        </Fact>
      ))}
    </dl>
  )
}

/** Notes a reader needs (definitions, data quality, context); transcription notes are for analysts. */
export function committeeNotes(indicator: Indicator): IndicatorNote[] {
  return indicator.notes.filter((n) => n.kind !== 'transcription')
}

export function IndicatorNotes({
  indicator,
  periods,
  documents,
}: {
  indicator: Indicator
  periods: ReadonlyMap<string, Period>
  documents: readonly SourceDocument[]
}) {
  const notes = committeeNotes(indicator)
  if (notes.length === 0) return <p>There are no notes on this indicator.</p>
  return (
    <ul className="indicator-notes">
      {notes.map((note, i) => (
        <li key={i}>
          <strong className="indicator-note-kind">{NOTE_KINDS[note.kind]}</strong>
          {note.effectiveFrom && (
            <span>
              {' '}
              (from {labelFor(periods, note.effectiveFrom)}
              {note.breaksSeries ? '; figures before and after are not compared' : ''})
            </span>
          )}
          : <span className="indicator-verbatim-text">{note.text}</span>
          {note.source && (
            <span className="indicator-source">
              {' '}
              (<SourceCitation source={note.source} documents={documents} />)
            </span>
          )}
        </li>
      ))}
    </ul>
  )
}

/** Every source the indicator cites: its row, figures, comparators, commentary, notes and reported status. */
export function sourcesOf(indicator: Indicator): SourceRef[] {
  return [
    indicator.source,
    ...indicator.values.map((v) => v.source),
    ...indicator.comparators.map((c) => c.source),
    ...indicator.commentary.map((c) => c.source),
    ...indicator.notes.flatMap((n) => (n.source ? [n.source] : [])),
    ...indicator.reported.map((r) => r.source),
  ]
}

/** The documents the indicator's figures come from, named as a person knows them, linked where the data gives an address. */
export function IndicatorSources({ indicator, documents }: { indicator: Indicator; documents: readonly SourceDocument[] }) {
  const ids = [...new Set(sourcesOf(indicator).map((s) => s.doc))].sort()
  return (
    <ul className="indicator-documents">
      {ids.map((id) => {
        const doc = documents.find((d) => d.id === id)
        if (!doc) return <li key={id}>A document the data file does not describe.</li>
        const pages = [...new Set(sourcesOf(indicator).flatMap((s) => (s.doc === id && s.page !== undefined ? [s.page] : [])))].sort(
          (a, b) => a - b,
        )
        const name = documentName(doc)
        return (
          <li key={id}>
            {doc.url ? <a href={doc.url}>{name}</a> : name}
            {pages.length > 0 && `, ${pages.length === 1 ? 'page' : 'pages'} ${pages.join(', ')}`}
          </li>
        )
      })}
    </ul>
  )
}
