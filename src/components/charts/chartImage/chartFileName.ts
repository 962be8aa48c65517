// A chart image's file name, from the data: authority, indicator ref, period.
import { slugify } from '../../../lib/fileNames'

export type ChartImageFormat = 'png' | 'svg'

export type ChartFileMeta = {
  authority: string
  /** The indicator's ref, e.g. "P3.17". */
  indicatorRef: string
  /** The period shown, by id, e.g. "2018-19-Q2". */
  periodId: string
}

/** "borough-council_P3.17_2018-19-Q2.png". */
export function chartFileName(meta: ChartFileMeta, format: ChartImageFormat): string {
  const parts = [slugify(meta.authority) || 'scorecard', slugify(meta.indicatorRef, 'code') || 'chart', slugify(meta.periodId, 'code')]
  return `${parts.filter((p) => p !== '').join('_')}.${format}`
}
