// "Source and transcription notes": everything an analyst checking the
// transcription needs, one click away and out of a committee member's line of
// sight: the rating and arrow as printed, where each figure is (document id,
// line, column) and how it was printed, the transcriber's notes, and the
// source files.
import { describeSource } from '../../domain/describeIndicator'
import type { Assessment } from '../../domain/assessIndicator'
import { comparePeriods } from '../../domain/periods'
import type { Indicator, Period, SourceDocument } from '../../domain/scorecardSchema'
import { comparatorName } from '../../domain/trendSeries'
import { sourcesOf } from './IndicatorMetadata'
import { ReportedStatus } from './ReportedStatus'

type Props = { assessment: Assessment; periods: ReadonlyMap<string, Period>; documents: readonly SourceDocument[] }

function figureRows(indicator: Indicator, periods: ReadonlyMap<string, Period>) {
  const label = (id: string | undefined) => (id === undefined ? 'Period not stated' : (periods.get(id)?.label ?? id))
  const values = [...indicator.values]
    .sort((a, b) => {
      const pa = periods.get(a.period)
      const pb = periods.get(b.period)
      return pa && pb ? comparePeriods(pa, pb) : 0
    })
    .map((v) => ({
      what: label(v.period),
      printed: v.printed,
      where: describeSource(v.source),
      notes: [v.note, v.kind === 'number' ? v.alternate?.note : undefined].filter((n): n is string => n !== undefined),
    }))
  const comparators = indicator.comparators.map((c) => ({
    what: `${comparatorName(c)}, ${label(c.period)}`,
    printed: c.printed,
    where: describeSource(c.source),
    notes: [],
  }))
  const commentary = indicator.commentary.map((c) => ({
    what: `Commentary, ${label(c.period)}`,
    printed: undefined,
    where: describeSource(c.source),
    notes: [],
  }))
  return [...values, ...comparators, ...commentary]
}

export function SourceNotes({ assessment, periods, documents }: Props) {
  const { indicator } = assessment
  const transcription = indicator.notes.filter((n) => n.kind === 'transcription')
  const ids = [...new Set(sourcesOf(indicator).map((s) => s.doc))].sort()
  return (
    <details className="indicator-source-notes">
      <summary>Source and transcription notes</summary>
      <p>For checking the figures against the papers: where each one is, as printed, and the notes made in transcribing it.</p>
      <ReportedStatus assessment={assessment} />
      <h3>Where each figure is</h3>
      <p>Row in the source: {describeSource(indicator.source)}.</p>
      <div className="trend-table-scroll" role="region" aria-label={`${indicator.ref}: where each figure is`} tabIndex={0}>
        <table className="trend-table">
          <caption>{indicator.ref}: where each figure is, and as printed</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">As printed</th>
              <th scope="col">Where</th>
              <th scope="col">Transcription note</th>
            </tr>
          </thead>
          <tbody>
            {figureRows(indicator, periods).map((row, i) => (
              <tr key={i}>
                <th scope="row">{row.what}</th>
                <td>{row.printed === undefined ? '' : row.printed === '' ? '(blank)' : `“${row.printed}”`}</td>
                <td>{row.where}</td>
                <td>{row.notes.join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Transcription notes</h3>
      {transcription.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="indicator-notes">
          {transcription.map((note, i) => (
            <li key={i}>
              <span className="indicator-verbatim-text">{note.text}</span>
              {note.source && <span className="indicator-source"> {describeSource(note.source)}.</span>}
            </li>
          ))}
        </ul>
      )}
      <h3>Source files</h3>
      <ul className="indicator-documents">
        {ids.map((id) => {
          const doc = documents.find((d) => d.id === id)
          return (
            <li key={id}>
              <strong>doc {id}</strong>: {doc ? doc.title : 'not described in the data file'}
              {doc?.file && <span className="indicator-source"> (file {doc.file})</span>}
            </li>
          )
        })}
      </ul>
    </details>
  )
}
