// Excel keeps a figure as a number plus a display format ("0.0%", "£#,##0").
// Reading, the format turns the number back into the text the officer sees
// (0.91 with "0.0%" is "91.0%"); writing, a printed figure becomes a number
// with a format that shows exactly the same text, so the sheet can do sums.
// Only the formats a scorecard uses are understood; others show as General.
import { shownDecimals } from '../decimalPlaces'

type Format = { prefix: string; suffix: string; decimals: number; grouping: boolean; percent: boolean }

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** Reads the positive section of a number format; undefined when it is not a plain figure format. */
function readFormat(numFmt: string): Format | undefined {
  const section = numFmt.split(';')[0]!
  const unquoted = section
    .replace(/\[\$([^\]-]*)(-[^\]]*)?\]/g, '$1') // [$£-809] → £
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/_.|\*./g, '')
  const match = /^([^#0.,%]*?)\s*([#,]*0[0,]*)(?:\.(0+))?\s*(%?)\s*([^#0.,%]*)$/.exec(unquoted.trim())
  if (!match) return undefined
  return {
    prefix: match[1]!,
    suffix: match[5]!,
    decimals: match[3]?.length ?? 0,
    grouping: match[2]!.includes(','),
    percent: match[4] === '%',
  }
}

/** Up to 15 significant digits, as Excel shows General, without float noise (0.30000000000000004 → 0.3). */
function general(value: number): string {
  return String(Number(value.toPrecision(15)))
}

export function formatExcelNumber(value: number, numFmt: string | undefined): string {
  const format = numFmt && numFmt !== 'General' && numFmt !== '@' ? readFormat(numFmt) : undefined
  if (!format) return general(value)
  const scaled = format.percent ? value * 100 : value
  // A format may ask for more decimals than toFixed takes (a hostile sheet): never more than can be shown.
  const fixed = Math.abs(scaled).toFixed(shownDecimals(format.decimals))
  const [whole, fraction] = fixed.split('.') as [string, string | undefined]
  const digits = (format.grouping ? groupThousands(whole) : whole) + (fraction ? `.${fraction}` : '')
  const negative = scaled < 0 && Number(fixed) !== 0
  return `${negative ? '-' : ''}${format.prefix}${digits}${format.percent ? '%' : ''}${format.suffix}`
}

export type ExcelFigure = { value: number; numFmt: string }

const PRINTED_FIGURE = /^(-?)(£?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%?)$/

/**
 * A printed figure as an Excel number and format, when the format shows the
 * very same text (so nothing changes on the way back); otherwise undefined and
 * the text is written as text.
 */
export function excelFigureFor(printed: string): ExcelFigure | undefined {
  const match = PRINTED_FIGURE.exec(printed)
  if (!match) return undefined
  const [, minus, pound, whole, fraction, percent] = match
  const number = Number(`${minus}${whole!.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`)
  const numFmt = `${pound ? '"£"' : ''}${whole!.includes(',') ? '#,##0' : '0'}${fraction ? `.${'0'.repeat(fraction.length)}` : ''}${percent}`
  const value = percent ? Number((number / 100).toPrecision(15)) : number
  return formatExcelNumber(value, numFmt) === printed ? { value, numFmt } : undefined
}
