// The one formatter for figures. Keeps the precision the source printed
// ("91.0%" stays 91.0%), and turns statuses into words: a suppressed value is
// always the word "Suppressed", never a number.
import type { Target, Unit, ValueCell } from './scorecardSchema'
import { shownDecimals } from './decimalPlaces'
import { parseFigure } from './parsePrintedValue'
import { pluralWord } from './wording'

export const STATUS_WORDS = {
  suppressed: 'Suppressed',
  'not-reported': 'Not reported',
  'not-applicable': 'Not applicable',
  'under-development': 'Under development',
} as const

/** Shown where a period has no cell at all (e.g. Q3 in a Q2 report). */
export const NO_DATA = 'No data'

/** Decimal places shown in the printed text, or a sensible default; never more than can be shown. */
export function decimalsFor(number: number, printed?: string): number {
  const fromPrinted = printed ? parseFigure(printed.split('(')[0] ?? '')?.decimals : undefined
  if (fromPrinted !== undefined) return shownDecimals(fromPrinted)
  if (Number.isInteger(number)) return 0
  return Math.min(2, String(number).split('.')[1]?.length ?? 0)
}

// Building an Intl.NumberFormat costs tens of microseconds; toLocaleString
// builds one per call. One cached formatter per number of decimals. Every
// figure is formatted here, so no caller's count of decimals can make it throw.
const formatters = new Map<number, Intl.NumberFormat>()
function digitsFormatter(asked: number): Intl.NumberFormat {
  const decimals = shownDecimals(asked)
  let formatter = formatters.get(decimals)
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    formatters.set(decimals, formatter)
  }
  return formatter
}

/**
 * `number` to `decimals` places, grouped in thousands: what
 * Intl.NumberFormat('en-GB') writes, without building one for an ordinary
 * figure. The first formatter a page builds costs 13–30 ms here (the
 * browser's locale data starting up), on every page's first render. Rounded
 * as Intl rounds: the shortest decimal that reads back as the double ("1.005",
 * not its binary value, which toFixed would round down), a tie away from zero.
 * A test checks the two agree; Intl still writes what this does not handle.
 */
function groupedDigits(number: number, asked: number): string {
  const decimals = shownDecimals(asked)
  const digits = Number.isFinite(number) ? roundedDigits(Math.abs(number), decimals) : undefined
  if (digits === undefined) return digitsFormatter(decimals).format(number)
  const [whole = '', fraction] = digits.split('.')
  // Intl writes a minus for every negative number, -0 too ("-0.0" for -0.04 at one place).
  const sign = number < 0 || Object.is(number, -0) ? '-' : ''
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`
}

/** `abs` (not negative) to `decimals` places, from its shortest decimal form; undefined when that is in exponent form. */
function roundedDigits(abs: number, decimals: number): string | undefined {
  const text = String(abs)
  if (text.includes('e')) return undefined
  const [whole = '', fraction = ''] = text.split('.')
  if (fraction.length <= decimals) return decimals > 0 ? `${whole}.${fraction.padEnd(decimals, '0')}` : whole
  let kept = `${whole}${fraction.slice(0, decimals)}`
  if (fraction.charCodeAt(decimals) >= 53 /* "5" */) kept = plusOne(kept)
  const point = kept.length - decimals
  return decimals > 0 ? `${kept.slice(0, point)}.${kept.slice(point)}` : kept
}

/** A string of decimal digits, plus one in its last place: "0999" → "1000", "99" → "100". */
function plusOne(digits: string): string {
  let i = digits.length - 1
  while (i >= 0 && digits[i] === '9') i--
  if (i < 0) return `1${'0'.repeat(digits.length)}`
  return `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${'0'.repeat(digits.length - i - 1)}`
}

/** A bare figure: "91.0%", "£3,561", "65.3", "302". */
export function formatNumber(number: number, unit: Unit, decimals = decimalsFor(number)): string {
  const digits = groupedDigits(number, decimals)
  if (unit === 'percent') return `${digits}%`
  if (unit === 'gbp-per-week') return `£${digits}`
  return digits
}

/** A figure for a sentence: "302 days", "£3,724 a week", "65.3 per 10,000". */
export function formatNumberWithUnit(number: number, unit: Unit, decimals = decimalsFor(number)): string {
  const figure = formatNumber(number, unit, decimals)
  switch (unit) {
    case 'days':
      return `${figure} ${pluralWord(number, 'day')}`
    case 'gbp-per-week':
      return `${figure} a week`
    case 'rate-per-10000':
      return `${figure} per 10,000`
    default:
      return figure
  }
}

export type FormatOptions = { withUnit?: boolean }

/** Formats one cell (or its absence) for display. */
export function formatCell(cell: ValueCell | undefined, unit: Unit, options: FormatOptions = {}): string {
  if (!cell) return NO_DATA
  switch (cell.kind) {
    case 'number': {
      const format = options.withUnit ? formatNumberWithUnit : formatNumber
      const main = format(cell.number, unit, decimalsFor(cell.number, cell.printed))
      if (!cell.alternate) return main
      const alt = formatNumber(cell.alternate.number, unit, decimalsFor(cell.alternate.number, cell.alternate.printed))
      return `${main} (alternative figure ${alt})`
    }
    case 'yes-no':
      return cell.answer ? 'Yes' : 'No'
    case 'text':
      return cell.text
    default:
      return STATUS_WORDS[cell.kind]
  }
}

/** "400–450", "90%", "Qtly review", or "No target". */
export function formatTarget(target: Target | undefined, unit: Unit, options: FormatOptions = {}): string {
  if (!target) return 'No target'
  const format = options.withUnit ? formatNumberWithUnit : formatNumber
  switch (target.kind) {
    case 'number':
      return format(target.value, unit, decimalsFor(target.value, target.printed))
    case 'range': {
      const [low, high] = target.printed?.split(/\s*[-–]\s*/) ?? []
      return `${formatNumber(target.min, unit, decimalsFor(target.min, low))}–${format(target.max, unit, decimalsFor(target.max, high))}`
    }
    case 'text':
      return target.text
  }
}
