// The table's columns. The paper scorecard's, in an order that fits a laptop
// and an iPad without sideways scrolling for what matters: ref and indicator
// (which stay in view when the table scrolls sideways), the figures up to the
// chosen period with the chosen one last, its RAG, direction of travel and
// target; then the trend, the quarters not yet due, the comparators, lead,
// polarity and comment. Each column has a set width (a fixed table layout,
// which also lets the browser draw the table without measuring every cell).
// On a phone each row is a card of the ref, indicator, latest figure, RAG,
// direction and target; the rest are behind "More" (RowMore). Quarter columns
// depend on the chosen period, so the list is built per render.
import type { ReactNode } from 'react'
import type { Assessment } from '../../domain/assessIndicator'
import { formatTarget } from '../../domain/formatValue'
import type { Period } from '../../domain/scorecardSchema'
import { Sparkline } from '../../components/Sparkline'
import type { HideableColumn } from './hideableColumns'
import { columnPeriods, isAfter, trendValues, type ReportingColumns } from './reportingColumns'
import {
  CommentText,
  ComparatorText,
  Dash,
  DirectionCell,
  FigureText,
  IndicatorLink,
  PolarityText,
  RagCell,
  RowMore,
} from './ScorecardCells'
import type { SortKey } from './tableQuery'

export type ColumnDef = {
  key: string
  /** The show/hide choice this column belongs to; ref and title always show, and so does "More" (on a phone). */
  group: HideableColumn | 'ref' | 'title' | 'more'
  /** Header text, also the label of the cell in the narrow-screen card layout. */
  label: string
  sortKey?: SortKey
  /** Its width (col-w-*) and how it is drawn; `col-rest` for a column a phone's card keeps behind "More". */
  className: string
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
  const later = isAfter(period, ctx.chosen)
  return {
    key: `period-${period.id}`,
    group: isPrevious ? 'previousYearEnd' : 'quarters',
    label: period.label,
    className: isChosen ? 'col-figure col-chosen col-w-chosen' : `col-figure col-rest ${later ? 'col-w-later' : 'col-w-figure'}`,
    ...(isChosen ? { sortKey: 'value' as const } : {}),
    cell: (a) => <FigureText assessment={a} period={period} chosen={ctx.chosen} />,
  }
}

export function buildColumns(ctx: ColumnContext): ColumnDef[] {
  const { chosen, periods } = ctx
  const figures = columnPeriods(ctx.columns).map((p) => ({ period: p, column: figureColumn(p, ctx) }))
  const upToChosen = figures.filter((f) => !isAfter(f.period, chosen)).map((f) => f.column)
  const later = figures.filter((f) => isAfter(f.period, chosen)).map((f) => f.column)
  return [
    { key: 'ref', group: 'ref', label: 'Ref', sortKey: 'ref', className: 'col-ref col-w-ref', cell: (a) => a.indicator.ref },
    {
      key: 'title',
      group: 'title',
      label: 'Indicator',
      sortKey: 'title',
      className: 'col-title col-w-title',
      cell: (a) => <IndicatorLink assessment={a} periodId={chosen.id} />,
    },
    ...upToChosen,
    { key: 'rag', group: 'rag', label: 'RAG', sortKey: 'rag', className: 'col-w-rag', cell: (a) => <RagCell assessment={a} /> },
    {
      key: 'direction',
      group: 'direction',
      label: 'Direction of travel',
      sortKey: 'dir',
      className: 'col-w-direction',
      cell: (a) => <DirectionCell assessment={a} />,
    },
    {
      key: 'target',
      group: 'target',
      label: 'Target',
      className: 'col-figure col-w-target',
      cell: (a) => formatTarget(a.indicator.target, a.indicator.unit),
    },
    {
      key: 'trend',
      group: 'trend',
      label: 'Trend',
      className: 'col-trend col-rest col-w-trend',
      cell: (a) => <Sparkline values={trendValues(a.indicator, ctx.columns, chosen)} />,
    },
    ...later,
    {
      key: 'statNeighbours',
      group: 'statNeighbours',
      label: 'Stat neighbour average',
      className: 'col-figure col-rest col-w-comparator',
      cell: (a) => <ComparatorText assessment={a} kind="stat-neighbours" chosen={chosen} periods={periods} />,
    },
    {
      key: 'england',
      group: 'england',
      label: 'England average',
      className: 'col-figure col-rest col-w-comparator',
      cell: (a) => <ComparatorText assessment={a} kind="england" chosen={chosen} periods={periods} />,
    },
    {
      key: 'lead',
      group: 'lead',
      label: 'Lead',
      className: 'col-rest col-w-lead',
      cell: (a) => a.indicator.lead?.trim() || <Dash words="No lead named" />,
    },
    {
      key: 'polarity',
      group: 'polarity',
      label: 'Polarity',
      className: 'col-rest col-w-polarity',
      cell: (a) => <PolarityText polarity={a.indicator.polarity} />,
    },
    {
      key: 'comment',
      group: 'comment',
      label: 'Comment',
      className: 'col-comment col-rest col-w-comment',
      cell: (a) => <CommentText assessment={a} />,
    },
  ]
}

/**
 * The columns shown: all but the hidden ones, then "More", which a phone's
 * card shows (and a wider screen does not) for the columns it keeps behind it.
 */
export function visibleColumns(all: readonly ColumnDef[], hidden: readonly HideableColumn[]): ColumnDef[] {
  const shown = all.filter((c) => c.group === 'ref' || c.group === 'title' || c.group === 'more' || !hidden.includes(c.group))
  const rest = shown.filter((c) => c.className.split(' ').includes('col-rest'))
  if (rest.length === 0) return shown
  return [
    ...shown,
    { key: 'more', group: 'more', label: 'More', className: 'col-more', cell: (a) => <RowMore assessment={a} columns={rest} /> },
  ]
}
