// The sentences at the top of /compare/<measure>: the council's figure in the
// latest year against each comparator, where it ranks, its band, and which
// way it has moved. Worked out from one MeasureComparison, so they say what
// the page's figures say.
import { capitalise } from '../wording'
import { BAND_WORDS } from './quartileBand'
import type { MeasureComparison } from './compareMeasure'
import { formatNeighbourAverage, formatOfficialNumber, formatOfficialValue } from './formatOfficialValue'
import { figureOf, STATUS_TEXT, statusOf } from './officialDataset'
import { periodPhrase } from './periodWords'
import { rankWords } from './rankAmong'

export function describeMeasureComparison(row: MeasureComparison, councilName: string, regionName: string | undefined): string[] {
  const { measure, period } = row
  const when = period ? periodPhrase(period) : 'in the latest year'
  const figure = figureOf(row.value)
  const unit = { withUnit: true }
  if (figure === undefined) {
    const status = statusOf(row.value)
    return [
      `${councilName} has no figure ${when}: ${status ? STATUS_TEXT[status].toLowerCase() : 'no row in the source'}. England’s is ${formatOfficialValue(row.england, measure, unit)}.`,
    ]
  }
  const average = row.neighbours.average
  const sentences = [
    `${capitalise(when)}, ${councilName}’s figure was ${formatOfficialNumber(figure, measure, unit)}: England ${formatOfficialValue(row.england, measure, unit)}, ${regionName ?? 'its region'} ${formatOfficialValue(row.region?.value, measure, unit)}, its statistical neighbours’ average ${average === null ? 'no figure' : formatNeighbourAverage(average, measure, unit)} (${row.neighbours.coverage} neighbours with a figure).`,
  ]
  if (measure.polarity === 'none') {
    sentences.push(
      'The DfE gives this measure no polarity (neither higher nor lower is better), so councils are not ranked or banded on it.',
    )
  } else {
    const better = measure.polarity === 'high' ? 'higher' : 'lower'
    const parts: string[] = []
    if (row.neighbourRank) parts.push(`${rankWords(row.neighbourRank)} among itself and its neighbours`)
    if (row.nationalRank) parts.push(`${rankWords(row.nationalRank)} English councils with a figure`)
    const band = row.band?.band
      ? `, in band ${row.band.band} (the ${BAND_WORDS[row.band.band]})`
      : row.band && !row.band.band
        ? `; ${row.band.reason}`
        : ''
    if (parts.length > 0) sentences.push(`${capitalise(better)} is better: it ranks ${parts.join(' and ')}${band}.`)
  }
  sentences.push(`Over the year: ${row.direction.reason} Over three years: ${row.threeYears.reason}`)
  return sentences
}
