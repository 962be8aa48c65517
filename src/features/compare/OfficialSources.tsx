import type { SourceRef } from '../../domain/official/officialDataset'

/** Where the figures come from: each source file with its repository and commit. */
export function OfficialSources({ sources, only }: { sources: readonly SourceRef[]; only?: readonly string[] }) {
  const shown = only ? sources.filter((s) => only.includes(s.id)) : sources
  return (
    <section aria-labelledby="compare-sources-heading" className="compare-sources">
      <h2 id="compare-sources-heading">Where the figures come from</h2>
      <p>
        The Department for Education’s published statistics, as its Local Authority Interactive Tool (LAIT) holds them, converted without
        changing a figure: a suppressed or missing figure is shown in words, never as a number.
      </p>
      <ul>
        {shown.map((s) => (
          <li key={s.id}>
            <code>{s.file}</code> in <code>{s.folder}</code> of the repository <code>{s.repository}</code> at commit{' '}
            <code>{s.commit.slice(0, 7)}</code>
            <span className="visually-hidden"> (full commit {s.commit})</span>
            {s.note ? `: ${s.note}` : ''}
          </li>
        ))}
      </ul>
    </section>
  )
}
