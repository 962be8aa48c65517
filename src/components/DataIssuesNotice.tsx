import { describeLeftOut } from '../domain/describeLeftOut'
import type { DataIssue } from '../domain/parseScorecard'
import { joinWords, plural } from '../domain/wording'

/** Tells the user which parts of the data could not be loaded, by file, ref and field. */
export function DataIssuesNotice({ issues }: { issues: readonly DataIssue[] }) {
  if (issues.length === 0) return null
  const errors = issues.filter((i) => i.severity === 'error').length
  const warnings = issues.length - errors
  const summary = joinWords([...(errors > 0 ? [plural(errors, 'problem')] : []), ...(warnings > 0 ? [plural(warnings, 'warning')] : [])])
  return (
    <section className="data-issues" aria-labelledby="data-issues-heading">
      <h2 id="data-issues-heading" className="data-issues-heading">
        Some of the data needs attention: {summary}
      </h2>
      <p>
        {describeLeftOut(issues)}
        {errors > 0 && ' Parts with a problem were left out rather than guessed.'}
      </p>
      <details>
        <summary>Show the details</summary>
        <ul className="data-issues-list">
          {issues.map((issue, index) => (
            <li key={index}>
              <strong>{issue.severity === 'error' ? 'Problem' : 'Warning'}</strong> in <code>{issue.file}</code>
              {issue.ref && (
                <>
                  , indicator <code>{issue.ref}</code>
                </>
              )}
              , field <code>{issue.field}</code>: {issue.message}
            </li>
          ))}
        </ul>
      </details>
    </section>
  )
}
