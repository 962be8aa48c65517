// How many decimal places a figure can be shown with. Intl.NumberFormat takes
// at most 20 fraction digits in Node and older engines (100 in Chromium), and
// toFixed at most 100; a figure printed with more would make every view that
// formats it throw. So the parser refuses such a printed text, and the
// formatters never ask for more.
export const MAX_DECIMAL_PLACES = 20

/** Decimal places to ask a formatter for: a whole number from 0 to MAX_DECIMAL_PLACES. */
export function shownDecimals(decimals: number): number {
  if (!Number.isFinite(decimals) || decimals <= 0) return 0
  return Math.min(MAX_DECIMAL_PLACES, Math.floor(decimals))
}

const TOO_MANY_DECIMALS = new RegExp(String.raw`\.\d{${MAX_DECIMAL_PLACES + 1},}`)

/** True when a printed text holds a figure with more decimal places than can be shown. */
export function hasTooManyDecimals(printed: string): boolean {
  return TOO_MANY_DECIMALS.test(printed)
}
