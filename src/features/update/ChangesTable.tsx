import { useId, useState } from 'react'
import { plural } from '../../domain/wording'
import type { ScorecardChange } from './diffScorecards'
import { PAGE_SIZE, ShowMoreButton } from './ShowMoreButton'

const KIND_WORDS = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const

/** Differences between two versions, one row per changed item; `all` shows every row at once (a report to print). */
export function ChangesTable({ changes, caption, all = false }: { changes: readonly ScorecardChange[]; caption: string; all?: boolean }) {
  const [limit, setLimit] = useState(all ? Number.POSITIVE_INFINITY : PAGE_SIZE)
  const captionId = useId()
  const shown = changes.slice(0, limit)
  return (
    <>
      <div className="update-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="update-table">
          <caption id={captionId}>
            {caption} ({plural(changes.length, 'change')}
            {changes.length > shown.length ? `, first ${shown.length} shown` : ''})
          </caption>
          <thead>
            <tr>
              <th scope="col">Ref</th>
              <th scope="col">Indicator</th>
              <th scope="col">What</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((change, index) => (
              <tr key={`${change.ref}-${change.what}-${index}`}>
                <th scope="row">{change.ref}</th>
                <td>{change.title}</td>
                <td>
                  <span className="visually-hidden">{KIND_WORDS[change.kind]}: </span>
                  {change.what}
                </td>
                <td className="update-text">{change.before}</td>
                <td className="update-text">{change.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMoreButton shown={shown.length} total={changes.length} onMore={() => setLimit((l) => l + PAGE_SIZE)} what="changes" />
    </>
  )
}
