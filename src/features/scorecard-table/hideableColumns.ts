// Columns a reader can hide. Ref and Indicator always show: they name the row.
export const HIDEABLE_COLUMNS = [
  { id: 'lead', label: 'Lead' },
  { id: 'polarity', label: 'Polarity' },
  { id: 'statNeighbours', label: 'Stat neighbour average' },
  { id: 'england', label: 'England average' },
  { id: 'target', label: 'Target' },
  { id: 'previousYearEnd', label: 'Previous year end' },
  { id: 'quarters', label: 'Quarterly figures' },
  { id: 'trend', label: 'Trend' },
  { id: 'rag', label: 'RAG' },
  { id: 'direction', label: 'Direction of travel' },
  { id: 'comment', label: 'Comment' },
] as const

export type HideableColumn = (typeof HIDEABLE_COLUMNS)[number]['id']

const IDS: ReadonlySet<string> = new Set(HIDEABLE_COLUMNS.map((c) => c.id))

export function isHideableColumn(value: unknown): value is HideableColumn {
  return typeof value === 'string' && IDS.has(value)
}
