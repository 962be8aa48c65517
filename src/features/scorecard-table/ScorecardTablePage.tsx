import { useCallback, useMemo, useState } from 'react'
import { PeriodSelect } from '../../components/PeriodSelect'
import { EmptyMessage } from '../../components/StatusMessages'
import type { Assessment } from '../../domain/assessIndicator'
import { groupBySection } from '../../domain/groupBySection'
import { assessorAt } from '../../domain/summarise'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { useLoadedScorecard, useSelectedPeriod } from '../../lib/useLoadedScorecard'
import { useCountInSteps } from '../../lib/useCountInSteps'
import { useSlicedMap } from '../../lib/useSlicedMap'
import { ColumnChooser } from './ColumnChooser'
import { TableExport } from './TableExport'
import { filterAssessments } from './filterAssessments'
import { cohortOptions, leadNames, sectionOptions, SORT_OPTIONS } from './filterOptions'
import { firstRows } from './firstRows'
import { reportingColumns } from './reportingColumns'
import { buildColumns, visibleColumns } from './scorecardColumns'
import { ScorecardFilters } from './ScorecardFilters'
import { ScorecardTable } from './ScorecardTable'
import { sortAssessments } from './sortAssessments'
import { formatSort, type Sort } from './tableQuery'
import { useColumnStore } from './useColumnStore'
import { useSearchText } from './useSearchText'
import { useTableQuery } from './useTableQuery'
import { YearsWhole } from '../../components/YearsWhole'
import './scorecardTable.css'

/**
 * Rows drawn at once. A browser lays out a whole table again whenever it
 * changes, so a 1,000-row table makes every keystroke in the search box slow
 * (measured: about 90 ms a keystroke at 100 rows, 160–230 ms at 200). A
 * council's scorecard (80 rows in the seed) shows whole; a region's is drawn
 * a page at a time. Downloads still hold every match.
 */
export const ROWS_PER_PAGE = 100
/** Rows added to the page at a time when more are wanted than are drawn (useCountInSteps). */
const ROWS_PER_STEP = 25

const NOTHING_YET: readonly Assessment[] = []

function sortWords(sort: Sort): string {
  const value = formatSort(sort) ?? 'ref'
  return SORT_OPTIONS.find((o) => o.value === value)?.label ?? value
}

export function ScorecardTablePage() {
  const { scorecard } = useLoadedScorecard()
  const { periodId, period, periods, choices } = useSelectedPeriod()
  useDocumentTitle(`Scorecard, ${period?.label ?? ''}`)

  const options = useMemo(() => {
    const sections = sectionOptions(scorecard.sections, scorecard.indicators)
    const leads = leadNames(scorecard.indicators)
    return {
      sections,
      leads,
      cohorts: cohortOptions(scorecard.indicators),
      known: { sections: new Set(sections.map((s) => s.value)), leads: new Set(leads) },
    }
  }, [scorecard])
  const { query: inUrl, update, clear } = useTableQuery(options.known)
  const writeSearch = useCallback((q: string) => update({ q }, { replace: true }), [update])
  const search = useSearchText(inUrl.filters.q, writeSearch)
  // The table follows the search box as typed, ahead of the URL.
  const query = useMemo(
    () => (search.trimmed === inUrl.filters.q ? inUrl : { ...inUrl, filters: { ...inUrl.filters, q: search.trimmed } }),
    [inUrl, search.trimmed],
  )
  const hidden = useColumnStore((s) => s.hidden)
  const [rowLimit, setRowLimit] = useState(ROWS_PER_PAGE)

  // A region's scorecard is assessed in slices, so loading it never stops the page answering (useSlicedMap).
  const assess = useMemo(() => assessorAt(scorecard, periodId), [scorecard, periodId])
  const assessed = useSlicedMap(scorecard.indicators, assess)
  const assessments = assessed ?? NOTHING_YET
  const groups = useMemo(() => {
    const shown = sortAssessments(filterAssessments(assessments, query.filters), query.sort)
    return groupBySection(shown, (a) => a.indicator.section, scorecard.sections)
  }, [assessments, query, scorecard.sections])
  const columns = useMemo(() => {
    if (!period) return []
    const all = buildColumns({
      columns: reportingColumns(scorecard.periods, period),
      chosen: period,
      periods,
    })
    return visibleColumns(all, hidden)
  }, [scorecard.periods, period, periods, hidden])

  const matchCount = groups.reduce((n, g) => n + g.items.length, 0)
  const drawnCount = Math.min(matchCount, rowLimit)
  const moreCount = matchCount - drawnCount
  // Rows still to come are drawn a few frames later (the count above the table already includes them).
  const drawnNow = useCountInSteps(drawnCount, ROWS_PER_STEP)

  if (!period) return <EmptyMessage>The scorecard has no periods to show.</EmptyMessage>
  return (
    <>
      <div className="page-heading">
        <h1>
          Scorecard as at <YearsWhole text={period.label} />
        </h1>
        <PeriodSelect periods={choices} value={periodId} label="As at" />
      </div>
      <ScorecardFilters
        query={query}
        sections={options.sections}
        cohorts={options.cohorts}
        leads={options.leads}
        onChange={update}
        onClear={clear}
        search={search}
      />
      <div className="scorecard-tools">
        <ColumnChooser />
        {assessed && (
          <TableExport scorecard={scorecard} shown={groups.flatMap((g) => g.items.map((a) => a.indicator))} periodId={periodId} />
        )}
      </div>
      {!assessed ? (
        <p className="status status-loading" role="status">
          Working out the RAG rating and direction of {scorecard.indicators.length.toLocaleString('en-GB')} indicators…
        </p>
      ) : (
        <>
          <p className="scorecard-count" role="status">
            {moreCount > 0
              ? `Showing the first ${drawnCount} of ${matchCount} matching indicators (${assessments.length} in all)`
              : `Showing ${matchCount} of ${assessments.length} indicators`}
          </p>
          {matchCount === 0 ? (
            <div className="scorecard-empty">
              <EmptyMessage>No indicators match these filters.</EmptyMessage>
              <button type="button" className="button" onClick={clear}>
                Clear filters
              </button>
            </div>
          ) : (
            <>
              <ScorecardTable
                caption={`${scorecard.title} as at ${period.label}, by section, sorted by ${sortWords(query.sort)}`}
                columns={columns}
                groups={drawnNow < matchCount ? firstRows(groups, drawnNow) : groups}
                sort={query.sort}
                onSort={(sort) => update({ sort })}
              />
              {moreCount > 0 && (
                <p className="scorecard-more">
                  <button type="button" className="button button-secondary" onClick={() => setRowLimit((n) => n + ROWS_PER_PAGE)}>
                    Show {Math.min(moreCount, ROWS_PER_PAGE)} more
                  </button>{' '}
                  <button type="button" className="button button-secondary" onClick={() => setRowLimit(Infinity)}>
                    Show all {matchCount}
                  </button>
                </p>
              )}
            </>
          )}
        </>
      )}
    </>
  )
}
