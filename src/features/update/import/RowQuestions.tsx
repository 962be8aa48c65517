import { useId, useState } from 'react'
import type { RowAction, RowChoice, RowQuestion } from '../../../domain/spreadsheet/buildPaperScorecard'
import type { IndicatorSketch } from '../../../domain/spreadsheet/indicatorIdentity'
import { plural } from '../../../domain/wording'
import { PAGE_SIZE, ShowMoreButton } from '../ShowMoreButton'

type Props = { questions: readonly RowQuestion[]; busy: boolean; onChoose: (ref: string, choice: RowChoice) => void }

const actionWords = (action: RowAction, q: RowQuestion): string => {
  switch (action) {
    case 'keep':
      return `Keep the current ${q.ref}; leave this row out`
    case 'update':
      return `The same indicator: update ${q.ref} (its title changes)`
    case 'new':
      return `Add the file’s as a new indicator, ${q.newRef}`
    case 'replace':
      return `Replace ${q.ref} and its history with the file’s`
  }
}

function Sketch({ sketch }: { sketch: IndicatorSketch }) {
  return (
    <dl className="import-sketch">
      <dt>Title</dt>
      <dd>{sketch.title}</dd>
      <dt>Unit</dt>
      <dd>{sketch.unit}</dd>
      <dt>Polarity</dt>
      <dd>{sketch.polarity}</dd>
      <dt>Figures</dt>
      <dd>{sketch.figures}</dd>
    </dl>
  )
}

/**
 * Rows that wait for the officer: another indicator under a current ref
 * (both shown side by side), or figures that do not fit their indicator.
 * The default leaves the row out, so two indicators are never mixed.
 */
export function RowQuestions({ questions, busy, onChoose }: Props) {
  const [limit, setLimit] = useState(PAGE_SIZE)
  const captionId = useId()
  const waiting = questions.filter((q) => q.held).length
  const shown = questions.slice(0, limit)
  return (
    <section className="import-questions" aria-labelledby={captionId}>
      <h4 id={captionId}>Rows that need your decision ({questions.length})</h4>
      <p>
        {waiting > 0 ? `${plural(waiting, 'row is', 'rows are')} left out until you choose. ` : ''}A ref that is already used by an
        indicator with another title, unit or polarity may be another indicator: it never takes the current one over unless you say so. A
        figure that does not fit its indicator (such as 179 where a percentage is expected) is not imported until you confirm it.
      </p>
      <div className="update-table-scroll" role="region" aria-label="Rows that need your decision" tabIndex={0}>
        <table className="update-table import-questions-table">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Why it waits</th>
              <th scope="col">The current indicator</th>
              <th scope="col">In the file</th>
              <th scope="col">Your choice</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((q) => {
              const where = q.rowNumber !== undefined ? `row ${q.rowNumber} (${q.ref})` : q.ref
              return (
                <tr key={`${q.ref}-${q.rowNumber ?? ''}`}>
                  <th scope="row">{q.rowNumber !== undefined ? `${q.rowNumber}: ${q.ref}` : q.ref}</th>
                  <td>
                    {q.differs.length > 0 && (
                      <p>
                        Its {q.differs.join(' and ')} {q.differs.length > 1 ? 'differ' : 'differs'} from the current {q.ref}.
                      </p>
                    )}
                    {q.suspect.map((s) => (
                      <p key={s.column}>
                        {s.column} “{s.text.trim()}”: {s.message}
                      </p>
                    ))}
                  </td>
                  <td>{q.current ? <Sketch sketch={q.current} /> : 'None: a new indicator'}</td>
                  <td>
                    <Sketch sketch={q.file} />
                  </td>
                  <td>
                    {q.actions.length > 0 && (
                      <select
                        aria-label={`What to do with ${where}`}
                        value={q.action}
                        disabled={busy}
                        onChange={(event) => onChoose(q.ref, { action: event.target.value as RowAction })}
                      >
                        {q.actions.map((action) => (
                          <option key={action} value={action}>
                            {actionWords(action, q)}
                          </option>
                        ))}
                      </select>
                    )}
                    {q.suspect.length > 0 && (
                      <label className="update-checkbox">
                        <input
                          type="checkbox"
                          checked={q.accepted}
                          disabled={busy}
                          onChange={(event) => onChoose(q.ref, { accept: event.target.checked })}
                        />
                        <span>These figures are right: import {where} as typed</span>
                      </label>
                    )}
                    <p className="import-question-state">{q.held ? 'Left out for now.' : 'Will be imported as chosen.'}</p>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <ShowMoreButton shown={shown.length} total={questions.length} onMore={() => setLimit((l) => l + PAGE_SIZE)} what="rows" />
    </section>
  )
}
