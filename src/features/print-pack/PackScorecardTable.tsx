// One section of the scorecard as a table: a row per indicator, never split
// across pages, with its header repeated on each page it runs onto. Every
// section's table has the same columns at the same widths (one colgroup,
// fixed layout: printPack.css), so the pack reads as one scorecard.
import { DirectionIndicator } from '../../components/DirectionIndicator'
import { FigureAtPoint } from '../../components/FigureAtPoint'
import { RagBadge } from '../../components/RagBadge'
import type { SectionHeading } from '../../domain/groupBySection'
import type { PackEntry } from './buildPrintPack'

export function PackScorecardTable({
  section,
  entries,
  periodLabel,
}: {
  section: SectionHeading
  entries: PackEntry[]
  periodLabel: string
}) {
  const captionId = `pack-table-${section.id.replace(/[^A-Za-z0-9]/g, '-')}`
  return (
    <div className="pack-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="pack-table">
        <caption id={captionId}>{section.title}</caption>
        <colgroup>
          <col className="pack-col-ref" />
          <col className="pack-col-indicator" />
          <col className="pack-col-figure" />
          <col className="pack-col-target" />
          <col className="pack-col-rating" />
          <col className="pack-col-direction" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Ref</th>
            <th scope="col">Indicator</th>
            <th scope="col" className="numeric pack-figure">
              {periodLabel}
            </th>
            <th scope="col" className="numeric">
              Target
            </th>
            <th scope="col">Rating</th>
            <th scope="col">Direction</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(({ assessment: a, target }) => (
            <tr key={a.indicator.ref}>
              <th scope="row">{a.indicator.ref}</th>
              <td>{a.indicator.title}</td>
              <td className="numeric pack-figure">
                <FigureAtPoint assessment={a} />
              </td>
              <td className="numeric">{target}</td>
              <td>
                <RagBadge rating={a.rag.rating} />
              </td>
              <td>
                <DirectionIndicator direction={a.direction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
