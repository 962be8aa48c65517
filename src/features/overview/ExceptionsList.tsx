// What needs attention, one list per question a councillor asks: what is red
// (a card each, with its target, comparators and commentary), what is newly
// red, what got worse, what is behind target but not red, and what has no
// figure. Each list uses the domain's one definition (findExceptions.ts,
// changeSincePrevious.ts), so an indicator is in every list that is true of
// it, and a list's count is the one the summary gives.
import type { Assessment } from '../../domain/assessIndicator'
import type { NewlyRed } from '../../domain/changeSincePrevious'
import type { RagKeyEntry } from '../../domain/computeRag'
import type { IndicatorException } from '../../domain/findExceptions'
import type { Period } from '../../domain/scorecardSchema'
import { capitalise } from '../../domain/wording'
import { OverviewCard } from './OverviewCard'

type Props = {
  exceptions: IndicatorException[]
  worse: Assessment[]
  newlyRed: NewlyRed
  periods: ReadonlyMap<string, Period>
  pointId: string
  /** What each rating means (computeRag.ts's ragKey), for the lists' introductions. */
  rules: readonly RagKeyEntry[]
}

type Group = { id: string; heading: string; intro: string; items: Assessment[]; show: 'full' | 'movement' | 'figure'; always?: boolean }

export function ExceptionsList({ exceptions, worse, newlyRed, periods, pointId, rules }: Props) {
  // As the rating rules word it, so a name in it ("England") keeps its capital.
  const ruleFor = (rating: RagKeyEntry['rating']) => rules.find((r) => r.rating === rating)?.meaning ?? ''
  const meaning = (rating: RagKeyEntry['rating']) => `${capitalise(ruleFor(rating))}.`
  if (exceptions.length === 0) return <p>Nothing is red, worsening, behind target or missing this period.</p>
  const withReason = (reason: IndicatorException['reasons'][number]) =>
    exceptions.filter((e) => e.reasons.includes(reason)).map((e) => e.assessment)
  const groups: Group[] = [
    { id: 'red', heading: 'Red', intro: meaning('red'), items: withReason('red'), show: 'full' },
    {
      id: 'newly-red',
      heading: `Newly red since ${newlyRed.before.label}`,
      intro: `Red now, and not red at ${newlyRed.before.label}.`,
      items: newlyRed.assessments,
      show: 'movement',
      always: true,
    },
    {
      id: 'worse',
      heading: 'Worse since the previous figure',
      intro: 'Moved the wrong way since the figure before, by more than no real change; red or not.',
      items: worse,
      show: 'movement',
      always: true,
    },
    {
      id: 'missed-target',
      heading: 'Behind target but not red',
      intro: `Amber: ${ruleFor('amber')}.`,
      items: withReason('missed-target'),
      show: 'figure',
    },
    {
      id: 'no-data',
      heading: 'No figure this period',
      intro: 'Due a figure, but not reported, under development, or only an older one.',
      items: withReason('no-data'),
      show: 'figure',
    },
  ]
  return (
    <>
      {groups
        .filter((g) => g.always || g.items.length > 0)
        .map((g) => (
          <section key={g.id} aria-labelledby={`exceptions-${g.id}`} className={`exception-group exception-group--${g.id}`}>
            <h3 id={`exceptions-${g.id}`}>
              {g.heading} ({g.items.length})
            </h3>
            <p className="section-intro">{g.intro}</p>
            {g.items.length > 0 ? (
              <ul className={g.show === 'full' ? 'overview-cards' : 'overview-cards overview-cards--compact'}>
                {g.items.map((a) => (
                  <OverviewCard key={a.indicator.ref} assessment={a} periods={periods} pointId={pointId} show={g.show} />
                ))}
              </ul>
            ) : (
              <p>None.</p>
            )}
          </section>
        ))}
    </>
  )
}
