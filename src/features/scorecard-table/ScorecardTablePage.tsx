import { useMemo } from 'react'
import { PeriodSelect } from '../../components/PeriodSelect'
import { EmptyMessage } from '../../components/StatusMessages'
import { assessScorecard, periodsWithData } from '../../domain/summarise'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { useLoadedScorecard, useSelectedPeriod } from '../../lib/useLoadedScorecard'
import { ColumnChooser } from './ColumnChooser'
import { TableExport } from './TableExport'
import { filterAssessments } from './filterAssessments'
import { cohortOptions, leadNames, sectionOptions, SORT_OPTIONS } from './filterOptions'
import { groupBySection } from './groupBySection'
import { reportingColumns } from './reportingColumns'
import { buildColumns, visibleColumns } from './scorecardColumns'
import { ScorecardFilters } from './ScorecardFilters'
import { ScorecardTable } from './ScorecardTable'
import { sortAssessments } from './sortAssessments'
import { formatSort, type Sort } from './tableQuery'
import { useColumnStore } from './useColumnStore'
import { useTableQuery } from './useTableQuery'
import './scorecardTable.css'

function sortWords(sort: Sort): string {
  const value = formatSort(sort) ?? 'ref'
  return SORT_OPTIONS.find((o) => o.value === value)?.label ?? value
}

export function ScorecardTablePage() {
  const { scorecard } = useLoadedScorecard()
  const { periodId, period, periods } = useSelectedPeriod()
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
  const { query, update, clear } = useTableQuery(options.known)
  const hidden = useColumnStore((s) => s.hidden)

  const assessments = useMemo(() => assessScorecard(scorecard, periodId), [scorecard, periodId])
  const groups = useMemo(() => {
    const shown = sortAssessments(filterAssessments(assessments, query.filters), query.sort)
    return groupBySection(shown, scorecard.sections)
  }, [assessments, query, scorecard.sections])
  const columns = useMemo(() => {
    if (!period) return []
    const all = buildColumns({ columns: reportingColumns(scorecard.periods, period), chosen: period, periods, linkSearch: `?period=${encodeURIComponent(periodId)}` })
    return visibleColumns(all, hidden)
  }, [scorecard.periods, period, periods, periodId, hidden])

  if (!period) return <EmptyMessage>The scorecard has no periods to show.</EmptyMessage>
  const shownCount = groups.reduce((n, g) => n + g.assessments.length, 0)
  return (
    <>
      <div className="page-heading">
        <h1>Scorecard as at {period.label}</h1>
        <PeriodSelect periods={periodsWithData(scorecard)} value={periodId} label="As at" />
      </div>
      <ScorecardFilters query={query} sections={options.sections} cohorts={options.cohorts} leads={options.leads} onChange={update} onClear={clear} />
      <ColumnChooser />
      <TableExport scorecard={scorecard} shown={groups.flatMap((g) => g.assessments.map((a) => a.indicator))} periodId={periodId} />
      <p className="scorecard-count" role="status">
        Showing {shownCount} of {assessments.length} indicators
      </p>
      {shownCount === 0 ? (
        <div className="scorecard-empty">
          <EmptyMessage>No indicators match these filters.</EmptyMessage>
          <button type="button" className="button" onClick={clear}>
            Clear filters
          </button>
        </div>
      ) : (
        <ScorecardTable
          caption={`${scorecard.title} as at ${period.label}, by section, sorted by ${sortWords(query.sort)}`}
          columns={columns}
          groups={groups}
          sort={query.sort}
          onSort={(sort) => update({ sort })}
        />
      )}
    </>
  )
}
