// /print?period=…: the committee pack, ready for the browser's Print (A4
// landscape; see printPack.css). Nothing prints by itself: the Print button
// calls window.print().
import { useMemo } from 'react'
import { PeriodSelect } from '../../components/PeriodSelect'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { useLoadedScorecard, useSelectedPeriod } from '../../lib/useLoadedScorecard'
import { buildPrintPack } from './buildPrintPack'
import { PackCover } from './PackCover'
import { PackIndicatorCard } from './PackIndicatorCard'
import { PackScorecardTable } from './PackScorecardTable'
import './printPack.css'

export function PrintPackPage() {
  const { scorecard } = useLoadedScorecard()
  const { periodId, period, periods, choices } = useSelectedPeriod()
  const pack = useMemo(() => buildPrintPack(scorecard, periodId), [scorecard, periodId])
  const periodLabel = period?.label ?? periodId
  useDocumentTitle(`Committee pack, ${periodLabel}`)

  return (
    <div className="print-pack">
      <div className="pack-toolbar">
        <PeriodSelect periods={choices} value={periodId} label="Period" />
        <button type="button" className="button" onClick={() => window.print()}>
          Print the pack
        </button>
        <p>
          Prints on A4 landscape with page numbers. Ratings are given in words and shapes, so the pack reads in black and white. If your
          browser adds its own headers and footers, turn them off in its print settings.
        </p>
      </div>

      <PackCover scorecard={scorecard} pack={pack} periodLabel={periodLabel} />

      <section className="pack-part pack-scorecard" aria-labelledby="pack-scorecard-heading">
        <h2 id="pack-scorecard-heading">The scorecard by section, {periodLabel}</h2>
        {pack.sections.map(({ section, entries }) => (
          <PackScorecardTable key={section.id} section={section} entries={entries} periodLabel={periodLabel} />
        ))}
      </section>

      <section className="pack-part pack-indicators" aria-labelledby="pack-indicators-heading">
        <h2 id="pack-indicators-heading" className="visually-hidden">
          Each indicator, {periodLabel}
        </h2>
        {pack.sections.map(({ section, entries }) => (
          <section key={section.id} className="pack-section" aria-labelledby={`pack-section-${section.id}`}>
            <h3 id={`pack-section-${section.id}`} className="pack-section-title">
              {section.title}
            </h3>
            {entries.map((entry) => (
              <PackIndicatorCard
                key={entry.assessment.indicator.ref}
                entry={entry}
                scorecard={scorecard}
                periods={periods}
                periodLabel={periodLabel}
              />
            ))}
          </section>
        ))}
      </section>
    </div>
  )
}
