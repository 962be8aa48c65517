// The pack's first page: authority, period, the committee's name, the quarter
// in brief, ratings by section, and how to read the pack.
import { RagBadge } from '../../components/RagBadge'
import { ragKey } from '../../domain/computeRag'
import type { Scorecard } from '../../domain/scorecardSchema'
import { COUNT_LABELS } from '../../domain/summarise'
import { plural, pluralWord } from '../../domain/wording'
import type { PrintPack } from './buildPrintPack'

// The pack's cover leaves out "No figure": it counts only indicators with an entry.
const COUNT_COLUMNS = COUNT_LABELS.filter((c) => c.key !== 'noData')

export function PackCover({ scorecard, pack, periodLabel }: { scorecard: Scorecard; pack: PrintPack; periodLabel: string }) {
  return (
    <section className="pack-part pack-cover" aria-labelledby="pack-title">
      <p className="pack-authority">{scorecard.authority}</p>
      <h1 id="pack-title" className="pack-title">
        {scorecard.title} <span className="pack-period">{periodLabel}</span>
      </h1>
      <p className="pack-kind">{scorecard.committee ? `${scorecard.committee.name} pack` : 'Committee pack'}</p>

      <div className="pack-cover-columns">
        <div>
          <h2>The quarter in brief</h2>
          {pack.summary.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          {pack.leftOut.length > 0 && (
            <p>
              {plural(pack.leftOut.length, 'indicator has', 'indicators have')} no entry yet by {periodLabel} and{' '}
              {pluralWord(pack.leftOut.length, 'is', 'are')} not in this pack.
            </p>
          )}
        </div>
        <div>
          <div className="pack-table-scroll" role="region" aria-labelledby="pack-counts-caption" tabIndex={0}>
            <table className="pack-counts">
              <caption id="pack-counts-caption">Ratings and direction of travel by section, {periodLabel}</caption>
              <thead>
                <tr>
                  <th scope="col">Section</th>
                  {COUNT_COLUMNS.map((c) => (
                    <th key={c.key} scope="col" className="numeric">
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {pack.sections.map(({ section, counts }) => (
                  <tr key={section.id}>
                    <th scope="row">{section.title}</th>
                    {COUNT_COLUMNS.map((c) => (
                      <td key={c.key} className="numeric">
                        {counts[c.key]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">All</th>
                  {COUNT_COLUMNS.map((c) => (
                    <td key={c.key} className="numeric">
                      {pack.totals[c.key]}
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
          <p className="pack-cover-note">
            <strong>↑ Up, ↓ Down, → No real change</strong>: what the figure did since the previous one; “improving” or “worsening” says
            whether that is better or worse for children.
          </p>
          <h2>How to read this pack</h2>
          <ul className="pack-key">
            {ragKey(scorecard.indicators).map(({ rating, meaning }) => (
              <li key={rating}>
                <RagBadge rating={rating} /> {meaning}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  )
}
