// The indicator's metadata, notes and source documents.
import type { ReactNode } from 'react'
import { describeSource } from '../../domain/describeIndicator'
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
      <Fact term="Row in the source">{describeSource(indicator.source)}</Fact>
    </dl>
  )
}

export function IndicatorNotes({ indicator, periods }: { indicator: Indicator; periods: ReadonlyMap<string, Period> }) {
  if (indicator.notes.length === 0) return <p>There are no notes on this indicator.</p>
  return (
    <ul className="indicator-notes">
      {indicator.notes.map((note, i) => (
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
          {note.source && <span className="indicator-source"> {describeSource(note.source)}.</span>}
        </li>
      ))}
    </ul>
  )
}

function sourcesOf(indicator: Indicator): SourceRef[] {
  return [
    indicator.source,
    ...indicator.values.map((v) => v.source),
    ...indicator.comparators.map((c) => c.source),
    ...indicator.commentary.map((c) => c.source),
    ...indicator.notes.flatMap((n) => (n.source ? [n.source] : [])),
    ...indicator.reported.map((r) => r.source),
  ]
}

function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}

export function IndicatorSources({ indicator, documents }: { indicator: Indicator; documents: readonly SourceDocument[] }) {
  const ids = [...new Set(sourcesOf(indicator).map((s) => s.doc))].sort()
  return (
    <ul className="indicator-documents">
      {ids.map((id) => {
        const doc = documents.find((d) => d.id === id)
        return (
          <li key={id}>
            <strong>doc {id}</strong>: {doc ? doc.title : 'not described in the data file'}
            {doc?.date && `, ${formatDate(doc.date)}`}
            {doc?.file && <span className="indicator-source"> (file {doc.file})</span>}
          </li>
        )
      })}
    </ul>
  )
}
