// Choosing what to present: every indicator, what needs attention, one
// section, or a hand-picked list; with the committee's forward plan, when the
// data gives one, as a hint to which section a meeting focuses on.
import { useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import { PeriodSelect } from '../../components/PeriodSelect'
import { groupBySection } from '../../domain/groupBySection'
import { describeSourceForCommittee } from '../../domain/describeIndicator'
import { focusSections, meetingForPeriod } from '../../domain/forwardPlan'
import type { Committee, Meeting, Period, Scorecard, Section, SourceRef } from '../../domain/scorecardSchema'
import { sectionShortName } from '../../domain/sectionKinds'
import { plural } from '../../domain/wording'
import { paths } from '../../lib/paths'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { useLoadedScorecard, useSelectedPeriod } from '../../lib/useLoadedScorecard'
import { CUSTOM_DECK, deckOptions, type DeckOption } from './decks'
import { keyHelpRows, swipeHelpText } from './slideKeys'

export function DeckChooser() {
  const { scorecard } = useLoadedScorecard()
  const { periodId, period, choices } = useSelectedPeriod()
  const location = useLocation()
  useDocumentTitle('Present the scorecard')
  const options = useMemo(() => deckOptions(scorecard, periodId), [scorecard, periodId])
  // Esc on a slide comes back here, with the same period.
  const from = `${location.pathname}${location.search}`
  const periodLabel = period?.label ?? periodId
  // The plan is the data's own: a scorecard whose committee lists no meetings gets no hint.
  const committee = scorecard.committee?.meetings.length ? scorecard.committee : undefined

  return (
    <>
      <div className="page-heading">
        <h1>Present the scorecard</h1>
        <PeriodSelect periods={choices} value={periodId} label="Period" />
      </div>
      <p className="deck-note">
        One indicator per slide, in large type: its chart, the figure for {periodLabel}, the target, the rating, the direction of travel and
        a one-line summary. The slide number is kept in the address, so a deck reopens where you left it.
      </p>

      <section aria-labelledby="decks-heading">
        <h2 id="decks-heading">Choose a deck for {periodLabel}</h2>
        {committee && <ForwardPlanFocus scorecard={scorecard} committee={committee} period={period} periodId={periodId} from={from} />}
        <ul className="deck-list">
          {options.map((option) => (
            <DeckLink key={option.id} option={option} periodId={periodId} from={from} />
          ))}
        </ul>
      </section>

      <CustomDeckForm scorecard={scorecard} periodId={periodId} from={from} />

      {committee && <ForwardPlanTable scorecard={scorecard} committee={committee} period={period} periodId={periodId} from={from} />}

      <section aria-labelledby="keys-heading">
        <h2 id="keys-heading">Keys while presenting</h2>
        <table className="deck-keys">
          <caption className="visually-hidden">Keyboard keys and what they do on a slide</caption>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">What it does</th>
            </tr>
          </thead>
          <tbody>
            {keyHelpRows().map(({ keys, does }) => (
              <tr key={keys}>
                <th scope="row">{keys}</th>
                <td>{does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="deck-note">
          Presentation clickers send Page Up and Page Down, so they work too. The buttons on each slide do the same. {swipeHelpText()}
        </p>
      </section>
    </>
  )
}

function DeckLink({ option, periodId, from }: { option: DeckOption; periodId: string; from: string }) {
  return (
    <li>
      {option.count > 0 ? (
        <Link to={paths.present.href({ deck: option.id, slide: 1, period: periodId })} state={{ from }}>
          {option.title}
        </Link>
      ) : (
        <span>{option.title}</span>
      )}{' '}
      <span className="deck-count">({option.count > 0 ? plural(option.count, 'slide') : 'nothing for this period'})</span>
    </li>
  )
}

/** The deck of the first section a meeting focuses on, if the scorecard has it. */
function focusDeck(scorecard: Scorecard, meeting: Meeting): Section | undefined {
  return focusSections(meeting, scorecard.sections)[0]
}

/** "(line 2589)": where a forward plan's entry is, beside it. */
function LineRef({ source }: { source: SourceRef | undefined }) {
  return source?.line === undefined ? null : <span className="forward-plan-line">(line {source.line})</span>
}

/** "For Q2 2018-19, the forward plan puts … on the agenda of the JANUARY meeting, whose focus is …", with that section's deck. */
function ForwardPlanFocus({
  scorecard,
  committee,
  period,
  periodId,
  from,
}: {
  scorecard: Scorecard
  committee: Committee
  period: Period | undefined
  periodId: string
  from: string
}) {
  const meeting = meetingForPeriod(committee, period)
  if (!meeting?.scorecard) return null
  const section = focusDeck(scorecard, meeting)
  const plan = committee.forwardPlan ? 'the forward plan' : `the ${committee.name}’s meetings`
  return (
    <p className="forward-plan-hint">
      {`For ${period?.label ?? periodId}, ${plan} puts “${meeting.scorecard.text}” on the agenda of the ${meeting.name} meeting`}
      {meeting.focus ? `, whose focus is “${meeting.focus.text}”.` : '.'}
      {section && (
        <>
          {' '}
          <Link to={paths.present.href({ deck: section.id, slide: 1, period: periodId })} state={{ from }}>
            Present {section.title}
          </Link>
        </>
      )}
    </p>
  )
}

function ForwardPlanTable({
  scorecard,
  committee,
  period,
  periodId,
  from,
}: {
  scorecard: Scorecard
  committee: Committee
  period: Period | undefined
  periodId: string
  from: string
}) {
  const meeting = meetingForPeriod(committee, period)
  const caption = committee.forwardPlan
    ? `${committee.forwardPlan.title} (${describeSourceForCommittee(committee.forwardPlan.source, scorecard.documents)})`
    : `${committee.name}: meetings`
  return (
    <section aria-labelledby="forward-plan-heading" className="forward-plan">
      <h2 id="forward-plan-heading">What each meeting focuses on</h2>
      <div className="forward-plan-scroll" role="region" aria-labelledby="forward-plan-caption" tabIndex={0}>
        <table className="forward-plan-table">
          <caption id="forward-plan-caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Meeting</th>
              <th scope="col">Focus</th>
              <th scope="col">Scorecard on the agenda</th>
              <th scope="col">Deck</th>
            </tr>
          </thead>
          <tbody>
            {committee.meetings.map((m, index) => {
              const section = focusDeck(scorecard, m)
              return (
                <tr key={`${m.name}-${index}`} className={m === meeting ? 'is-current' : undefined}>
                  <th scope="row">
                    {m.name}
                    {m === meeting && <span className="visually-hidden"> (takes this period's scorecard)</span>}
                  </th>
                  <td>
                    {m.focus ? (
                      <>
                        {m.focus.text} <LineRef source={m.focus.source} />
                      </>
                    ) : (
                      'Not given'
                    )}
                  </td>
                  <td>
                    {m.scorecard ? (
                      <>
                        {m.scorecard.text} <LineRef source={m.scorecard.source} />
                      </>
                    ) : (
                      'None'
                    )}
                  </td>
                  <td>
                    {section ? (
                      <Link to={paths.present.href({ deck: section.id, slide: 1, period: periodId })} state={{ from }}>
                        Present {sectionShortName(section, scorecard.sectionKinds)}
                      </Link>
                    ) : (
                      'No single section'
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function CustomDeckForm({ scorecard, periodId, from }: { scorecard: Scorecard; periodId: string; from: string }) {
  const navigate = useNavigate()
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set())
  const [error, setError] = useState('')
  const errorId = useId()
  const submitRef = useRef<HTMLButtonElement>(null)
  const groups = groupBySection(scorecard.indicators, (i) => i.section, scorecard.sections)

  function toggle(ref: string, on: boolean) {
    setError('')
    setChosen((current) => {
      const next = new Set(current)
      if (on) next.add(ref)
      else next.delete(ref)
      return next
    })
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    // Scorecard order, whatever order they were ticked in.
    const refs = scorecard.indicators.map((i) => i.ref).filter((r) => chosen.has(r))
    if (refs.length === 0) {
      setError('Choose at least one indicator.')
      submitRef.current?.focus()
      return
    }
    void navigate(paths.present.href({ deck: CUSTOM_DECK, refs, slide: 1, period: periodId }), { state: { from } })
  }

  return (
    <section aria-labelledby="custom-deck-heading">
      <h2 id="custom-deck-heading">Or choose the indicators</h2>
      <details className="custom-deck">
        <summary>Choose indicators by hand ({chosen.size} chosen)</summary>
        <form onSubmit={submit} noValidate>
          <p className="deck-note">An indicator with no entry for the period is shown at its latest entry, and the slide says so.</p>
          {groups.map(({ section, items: indicators }) => (
            <fieldset key={section.id} className="custom-deck-group">
              <legend>{section.title}</legend>
              <ul>
                {indicators.map((indicator) => {
                  const id = `choose-${indicator.ref.replace(/[^A-Za-z0-9]/g, '-')}`
                  return (
                    <li key={indicator.ref}>
                      <input
                        id={id}
                        type="checkbox"
                        checked={chosen.has(indicator.ref)}
                        onChange={(e) => toggle(indicator.ref, e.target.checked)}
                      />
                      <label htmlFor={id}>
                        <span className="custom-deck-ref">{indicator.ref}</span> {indicator.title}
                      </label>
                    </li>
                  )
                })}
              </ul>
            </fieldset>
          ))}
          <p className="custom-deck-error" id={errorId} role="alert">
            {error}
          </p>
          <button ref={submitRef} type="submit" className="button" aria-describedby={error ? errorId : undefined}>
            Present the chosen indicators
          </button>
        </form>
      </details>
    </section>
  )
}
