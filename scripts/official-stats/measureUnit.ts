// The scorecard unit for a dictionary axis name, so the comparison views
// format figures and judge "no real change" by the scorecard's own rules.
// An axis name not covered here stops the conversion.
import type { Unit } from '../../src/domain/scorecardSchema'

// Workforce counts are full-time equivalents, so they carry decimals (England 36,186.3 social workers in 2025).
const COUNTS = new Set(['Social Workers', 'Starters FTE', 'Leavers FTE'])
// Rates that are percentages: CSWW's turnover and absence rates (England 11.8 and 3.5 in 2025).
const PERCENT_RATES = new Set(['Turnover rate', 'Absence Rate'])
// Averages: SDQ scores, attainment and progress scores, cases per social worker.
const SCORES = new Set(['Score', 'Average Score', 'Case Load'])

export function unitOfAxisName(axisName: string): Unit | undefined {
  const name = axisName.trim()
  if (name === 'Rate per 10,000') return 'rate-per-10000'
  if (name.startsWith('%') || PERCENT_RATES.has(name)) return 'percent'
  if (/^Number\b/.test(name) || COUNTS.has(name)) return 'count'
  if (SCORES.has(name)) return 'score'
  return undefined
}
