// The table's columns, in the paper scorecard's order. Quarter columns depend
// on the chosen period, so the list is built per render from the periods.
import type { ReactNode } from 'react'
import type { Assessment } from '../../domain/assessIndicator'
import { formatTarget } from '../../domain/formatValue'
import type { Period } from '../../domain/scorecardSchema'
import { Sparkline } from '../../components/Sparkline'
import type { HideableColumn } from './hideableColumns'
import { columnPeriods, trendValues, type ReportingColumns } from './reportingColumns'
import { CommentText, ComparatorText, Dash, DirectionCell, FigureText, IndicatorLink, PolarityText, RagCell } from './ScorecardCells'
import type { SortKey } from './tableQuery'

export type ColumnDef = {
  key: string
  /** The show/hide choice this column belongs to; ref and title always show. */
  group: HideableColumn | 'ref' | 'title'
  /** Header text, also the label of the cell in the narrow-screen card layout. */
  label: string
  sortKey?: SortKey
  className?: string
  cell: (a: Assessment) => ReactNode
}

export type ColumnContext = {
  columns: ReportingColumns
  chosen: Period
  periods: ReadonlyMap<string, Period>
}

function figureColumn(period: Period, ctx: ColumnContext): ColumnDef {
  const isChosen = period.id === ctx.chosen.id
  const isPrevious = period.id === ctx.columns.previousYearEnd?.id
  return {
    key: `period-${period.id}`,
    group: isPrevious ? 'previousYearEnd' : 'quarters',
    label: period.label,
    className: isChosen ? 'col-figure col-chosen' : 'col-figure',
    ...(isChosen ? { sortKey: 'value' as const } : {}),
    cell: (a) => <FigureText assessment={a} period={period} chosen={ctx.chosen} />,
  }
}

export function buildColumns(ctx: ColumnContext): ColumnDef[] {
  const { chosen, periods } = ctx
  return [
    { key: 'ref', group: 'ref', label: 'Ref', sortKey: 'ref', className: 'col-ref', cell: (a) => a.indicator.ref },
    {
      key: 'title',
      group: 'title',
      label: 'Indicator',
      sortKey: 'title',
      className: 'col-title',
      cell: (a) => <IndicatorLink assessment={a} periodId={chosen.id} />,
    },
    {
      key: 'lead',
      group: 'lead',
      label: 'Lead',
      className: 'col-short',
      cell: (a) => a.indicator.lead?.trim() || <Dash words="No lead named" />,
    },
    {
      key: 'polarity',
      group: 'polarity',
      label: 'Polarity',
      className: 'col-short',
      cell: (a) => <PolarityText polarity={a.indicator.polarity} />,
    },
    {
      key: 'statNeighbours',
      group: 'statNeighbours',
      label: 'Stat neighbour average',
      className: 'col-figure',
      cell: (a) => <ComparatorText assessment={a} kind="stat-neighbours" chosen={chosen} periods={periods} />,
    },
    {
      key: 'england',
      group: 'england',
      label: 'England average',
      className: 'col-figure',
      cell: (a) => <ComparatorText assessment={a} kind="england" chosen={chosen} periods={periods} />,
    },
    {
      key: 'target',
      group: 'target',
      label: 'Target',
      className: 'col-figure',
      cell: (a) => formatTarget(a.indicator.target, a.indicator.unit),
    },
    ...columnPeriods(ctx.columns).map((p) => figureColumn(p, ctx)),
    {
      key: 'trend',
      group: 'trend',
      label: 'Trend',
      className: 'col-trend',
      cell: (a) => <Sparkline values={trendValues(a.indicator, ctx.columns, chosen)} />,
    },
    { key: 'rag', group: 'rag', label: 'RAG', sortKey: 'rag', cell: (a) => <RagCell assessment={a} /> },
    { key: 'direction', group: 'direction', label: 'Direction of travel', sortKey: 'dir', cell: (a) => <DirectionCell assessment={a} /> },
    { key: 'comment', group: 'comment', label: 'Comment', className: 'col-comment', cell: (a) => <CommentText assessment={a} /> },
  ]
}

export function visibleColumns(all: readonly ColumnDef[], hidden: readonly HideableColumn[]): ColumnDef[] {
  return all.filter((c) => c.group === 'ref' || c.group === 'title' || !hidden.includes(c.group))
}
