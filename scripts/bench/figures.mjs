// How the bench turns runs into figures and prints them: the median of the
// runs, rounded, and a "figure | value | floor | met?" table for the figures
// that have a floor or aim. A floor only prints; the bench never fails on one.

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

/** A floor the figure must not exceed (times, bytes). */
export const atMost = (limit) => ({ text: `≤ ${limit}`, isMet: (value) => value <= limit })

/** A floor the figure must reach (scores). */
export const atLeast = (limit) => ({ text: `≥ ${limit}`, isMet: (value) => value >= limit })

/**
 * How much more each unit costs at the larger size than at the smaller one:
 * 1 for a cost that grows linearly, more for one that grows faster. A ratio
 * up to LINEAR_TOLERANCE still counts as linear (caches and garbage
 * collection cost a little more at 10× the data); the bench prints the ratio
 * with that tolerance as its floor.
 */
export const LINEAR_TOLERANCE = 1.5
export function growthRatio(small, smallMs, large, largeMs) {
  return round(largeMs / large / (smallMs / small), 2)
}

/**
 * The lines of a figure table. Each row is `{ figure, value, floor? }`; a row
 * without a floor, or without a numeric value, shows "–" for what it lacks.
 */
export function figureTable(rows) {
  const cells = rows.map(({ figure, value, floor }) => {
    const measured = typeof value === 'number' && Number.isFinite(value)
    const met = floor && measured ? (floor.isMet(value) ? 'yes' : 'no') : '–'
    return [figure, measured ? String(value) : '–', floor?.text ?? '–', met]
  })
  const all = [['figure', 'value', 'floor', 'met?'], ...cells]
  const widths = all[0].map((_, column) => Math.max(...all.map((row) => row[column].length)))
  return all.map((row) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | '),
  )
}

export function printFigures(rows) {
  for (const line of figureTable(rows)) console.log(line)
}
