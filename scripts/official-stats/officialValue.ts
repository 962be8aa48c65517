// Reading a printed value: a figure or a status, never a status turned into a
// number. LAIT's Values column is text with float noise ("16.600000000000001");
// the EES files use the standard codes c, x, z, k, low and u.
import type { OfficialValue, StatusCode } from '../../src/domain/official/officialDataset'

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/
const EES_CODES: readonly StatusCode[] = ['c', 'x', 'z', 'k', 'low', 'u']

/**
 * Float noise off: twelve significant digits keep every printed decimal of
 * these statistics (the longest real ones have ten) and drop the binary
 * residue a 17-digit print adds.
 */
export function withoutFloatNoise(n: number): number {
  return n === 0 ? 0 : Number(n.toPrecision(12))
}

/** Rounds half away from zero to `dps` places; with no dps, only the float noise goes. */
export function roundToDps(n: number, dps: number | null): number {
  const clean = withoutFloatNoise(n)
  if (dps === null) return clean
  const scale = 10 ** dps
  const scaled = withoutFloatNoise(Math.abs(clean) * scale)
  const rounded = (Math.sign(clean) * Math.round(scaled)) / scale
  return rounded === 0 ? 0 : withoutFloatNoise(rounded)
}

export type ReadValue = { value: OfficialValue; /** Rounding to dps changed more than float noise. */ lostPrecision: boolean }

/** A LAIT value: `-` stays the status "no figure"; a number is rounded to the dictionary's dps. */
export function readLaitValue(text: string | null | undefined, dps: number | null): ReadValue {
  if (text === null || text === undefined) return { value: null, lostPrecision: false }
  const trimmed = text.trim()
  if (trimmed === '-') return { value: '-', lostPrecision: false }
  if (!NUMBER.test(trimmed)) throw new Error(`LAIT value "${text}" is neither a number nor "-"`)
  const clean = withoutFloatNoise(Number(trimmed))
  const value = roundToDps(clean, dps)
  return { value, lostPrecision: Math.abs(value - clean) > 1e-9 }
}

/** An EES value: one of the release's status codes, or a number (float noise dropped, nothing rounded). */
export function readEesValue(text: string | null | undefined): OfficialValue {
  const trimmed = (text ?? '').trim()
  if (trimmed === '') return null
  if ((EES_CODES as readonly string[]).includes(trimmed)) return trimmed as StatusCode
  if (!NUMBER.test(trimmed)) throw new Error(`EES value "${text}" is neither a number nor a status code`)
  return withoutFloatNoise(Number(trimmed))
}

/** The dictionary's dps column: a whole number, or "NA" for none. */
export function readDps(text: string): number | null {
  const trimmed = text.trim()
  if (trimmed === 'NA' || trimmed === '') return null
  if (!/^\d+$/.test(trimmed)) throw new Error(`dps "${text}" is not a whole number or NA`)
  return Number(trimmed)
}

/** The dictionary's Last/Next Update: an Excel day number ("45962") as an ISO date, or null for text such as "TBC". */
export function excelDayToIso(text: string): string | null {
  const trimmed = text.trim()
  if (!/^\d{5}$/.test(trimmed)) return null
  // Excel's day 0 is 30 December 1899 (its 1900 leap-year bug is before any date here).
  const ms = Date.UTC(1899, 11, 30) + Number(trimmed) * 86_400_000
  return new Date(ms).toISOString().slice(0, 10)
}
