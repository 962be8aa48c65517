import type { ComparisonSummary } from '../../domain/official/summariseComparison'

/** "In brief": the computed sentences; the measures a sentence names are a list under it. */
export function CompareSummary({ summary, headingId }: { summary: ComparisonSummary; headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="in-brief compare-summary">
      <h2 id={headingId}>In brief</h2>
      {summary.paragraphs.map(({ text, items }) =>
        items ? (
          <div key={text}>
            <p className="compare-summary-lead">{text}:</p>
            <ul>
              {items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p key={text}>{text}</p>
        ),
      )}
    </section>
  )
}
