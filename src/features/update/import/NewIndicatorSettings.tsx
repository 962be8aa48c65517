import { useId, useState } from 'react'
import { COHORTS, FREQUENCIES, POLARITIES, UNITS, type Cohort } from '../../../domain/scorecardSchema'
import type { RowSettings } from '../../../domain/spreadsheet/buildIndicatorFromRow'
import type { NewIndicator } from '../../../domain/spreadsheet/buildPaperScorecard'
import { POLARITY_WORDS, UNIT_WORDS } from '../../../domain/wording'
import { PAGE_SIZE, ShowMoreButton } from '../ShowMoreButton'

type Props = { indicators: readonly NewIndicator[]; busy: boolean; onSet: (ref: string, settings: RowSettings) => void }

const words = (id: string) => id.replace(/-/g, ' ')
const SOURCE_WORDS = {
  guess: 'guessed',
  review: 'set by you',
  file: 'from the file',
  current: 'kept',
  'not given': 'not in the file',
} as const

function Source({ source }: { source: keyof typeof SOURCE_WORDS }) {
  return <span className={`import-source import-source-${source.replace(' ', '-')}`}>{SOURCE_WORDS[source]}</span>
}

/**
 * New indicators and what the file may not say about them (unit, polarity,
 * cohort, frequency): each shows where it came from, a guess as a guess, and
 * can be set before confirming.
 */
export function NewIndicatorSettings({ indicators, busy, onSet }: Props) {
  const [limit, setLimit] = useState(PAGE_SIZE)
  const headingId = useId()
  const shown = indicators.slice(0, limit)
  const guesses = indicators.filter((i) => Object.values(i.sources).some((s) => s === 'guess' || s === 'not given')).length
  return (
    <section className="import-new" aria-labelledby={headingId}>
      <h4 id={headingId}>New indicators: check what the file does not say ({indicators.length})</h4>
      <p>
        {guesses > 0
          ? `For ${guesses} of them the file has no column for some of these, so they were guessed from the title and figures (marked “guessed”). `
          : ''}
        Correct any of them here before importing.
      </p>
      <div className="update-table-scroll" role="region" aria-label="New indicators" tabIndex={0}>
        <table className="update-table import-new-table">
          <thead>
            <tr>
              <th scope="col">Ref</th>
              <th scope="col">Indicator</th>
              <th scope="col">Unit</th>
              <th scope="col">Polarity</th>
              <th scope="col">Cohort</th>
              <th scope="col">Frequency</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((indicator) => (
              <tr key={indicator.ref}>
                <th scope="row">{indicator.ref}</th>
                <td>{indicator.title}</td>
                <td>
                  <select
                    aria-label={`Unit of ${indicator.ref}`}
                    value={indicator.unit}
                    disabled={busy}
                    onChange={(e) => onSet(indicator.ref, { unit: e.target.value as RowSettings['unit'] })}
                  >
                    {UNITS.map((u) => (
                      <option key={u} value={u}>
                        {UNIT_WORDS[u].label}
                      </option>
                    ))}
                  </select>{' '}
                  <Source source={indicator.sources.unit} />
                </td>
                <td>
                  <select
                    aria-label={`Polarity of ${indicator.ref}`}
                    value={indicator.polarity}
                    disabled={busy}
                    onChange={(e) => onSet(indicator.ref, { polarity: e.target.value as RowSettings['polarity'] })}
                  >
                    {POLARITIES.map((p) => (
                      <option key={p} value={p}>
                        {POLARITY_WORDS[p].label}
                      </option>
                    ))}
                  </select>{' '}
                  <Source source={indicator.sources.polarity} />
                </td>
                <td>
                  <select
                    aria-label={`Cohort of ${indicator.ref}`}
                    value={indicator.cohorts[0]}
                    disabled={busy}
                    onChange={(e) => onSet(indicator.ref, { cohorts: [e.target.value as Cohort] })}
                  >
                    {COHORTS.map((c) => (
                      <option key={c} value={c}>
                        {words(c)}
                      </option>
                    ))}
                  </select>{' '}
                  <Source source={indicator.sources.cohorts} />
                </td>
                <td>
                  <select
                    aria-label={`Frequency of ${indicator.ref}`}
                    value={indicator.frequency}
                    disabled={busy}
                    onChange={(e) => onSet(indicator.ref, { frequency: e.target.value as RowSettings['frequency'] })}
                  >
                    {FREQUENCIES.map((f) => (
                      <option key={f} value={f}>
                        {words(f)}
                      </option>
                    ))}
                  </select>{' '}
                  <Source source={indicator.sources.frequency} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMoreButton shown={shown.length} total={indicators.length} onMore={() => setLimit((l) => l + PAGE_SIZE)} what="new indicators" />
    </section>
  )
}
