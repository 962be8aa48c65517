// Hand-written checks for the items a scorecard file holds by the thousand
// (cells, their sources, comparators, comments and indicators' metadata), so
// a large file is validated in about the time JSON.parse takes to read it.
// Each one accepts only what its zod schema (scorecardSchema.ts) accepts and
// returns exactly what zod returns (a new object, keys in the schema's order);
// anything it is not sure of (an unknown key, an undefined, a kind it does not
// handle) returns undefined, and the caller runs the zod schema, which says
// what is wrong in its own words. So no message depends on this file.
import { hasTooManyDecimals } from './decimalPlaces'
import { COHORTS, FREQUENCIES, POLARITIES, REF_PROBLEMS, STATUS_KINDS, UNITS } from './scorecardSchema'
import type { Comparator, Commentary, SourceRef, ValueCell } from './scorecardSchema'

type Obj = Record<string, unknown>

const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x)
const isNonEmpty = (x: unknown): x is string => typeof x === 'string' && x.trim().length > 0
const isPrinted = (x: unknown): x is string => typeof x === 'string' && !hasTooManyDecimals(x)
const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x)
const isPositiveInt = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x > 0

/** How many keys `x` has when every one is in `keys` (and `x` is a plain object), else -1. */
function countKeys(x: Obj, keys: ReadonlySet<string>): number {
  if (Object.getPrototypeOf(x) !== Object.prototype) return -1
  let count = 0
  for (const key in x) {
    if (!keys.has(key)) return -1
    count++
  }
  return count
}

const onlyKeys = (x: Obj, keys: ReadonlySet<string>) => countKeys(x, keys) >= 0

const SOURCE_KEYS: ReadonlySet<string> = new Set(['doc', 'line', 'table', 'column', 'page', 'note'])

/** SourceRefSchema's output, or undefined. */
export function fastSourceRef(x: unknown): SourceRef | undefined {
  if (!isObject(x)) return undefined
  const count = countKeys(x, SOURCE_KEYS)
  if (count < 0 || !isNonEmpty(x.doc)) return undefined
  // The usual source, built in one go: a large file has one per cell.
  if (count === 2 && isPositiveInt(x.line)) return { doc: x.doc, line: x.line }
  const out: Obj = { doc: x.doc }
  if ('line' in x) {
    if (!isPositiveInt(x.line)) return undefined
    out.line = x.line
  }
  // In SourceRefSchema's key order, as zod returns them.
  for (const key of ['table', 'column', 'page', 'note'] as const) {
    if (!(key in x)) continue
    if (key === 'page' ? !isPositiveInt(x.page) : !isNonEmpty(x[key])) return undefined
    out[key] = x[key]
  }
  if (out.line === undefined && out.table === undefined) return undefined
  return out as SourceRef
}

const STATUSES: ReadonlySet<string> = new Set(STATUS_KINDS)
const CELL_KEYS_BY_KIND: Record<string, ReadonlySet<string>> = {
  number: new Set(['period', 'printed', 'source', 'note', 'kind', 'number', 'provisional']),
  'yes-no': new Set(['period', 'printed', 'source', 'note', 'kind', 'answer']),
  text: new Set(['period', 'printed', 'source', 'note', 'kind', 'text']),
  status: new Set(['period', 'printed', 'source', 'note', 'kind']),
}

/**
 * ValueCellSchema's output, or undefined. A cell with a key its kind lacks
 * (which zod strips, and the parser then warns about) is left to zod, and so
 * is a cell with an `alternate`.
 */
export function fastValueCell(x: unknown): ValueCell | undefined {
  if (!isObject(x)) return undefined
  const kind = x.kind
  if (typeof kind !== 'string') return undefined
  const keys = STATUSES.has(kind) ? CELL_KEYS_BY_KIND.status : CELL_KEYS_BY_KIND[kind]
  const count = keys ? countKeys(x, keys) : -1
  if (count < 0 || !isNonEmpty(x.period)) return undefined
  // The usual figure, built in one go: { period, printed, source, kind, number }.
  if (kind === 'number' && count === 5 && isPrinted(x.printed) && isFiniteNumber(x.number)) {
    const source = fastSourceRef(x.source)
    return source ? { period: x.period, printed: x.printed, source, kind, number: x.number } : undefined
  }
  const out: Obj = { period: x.period }
  if ('printed' in x) {
    if (!isPrinted(x.printed)) return undefined
    out.printed = x.printed
  }
  const source = fastSourceRef(x.source)
  if (!source) return undefined
  out.source = source
  if ('note' in x) {
    if (!isNonEmpty(x.note)) return undefined
    out.note = x.note
  }
  out.kind = kind
  if (kind === 'number') {
    if (!isFiniteNumber(x.number)) return undefined
    out.number = x.number
    if ('provisional' in x) {
      if (typeof x.provisional !== 'boolean') return undefined
      out.provisional = x.provisional
    }
  } else if (kind === 'yes-no') {
    if (typeof x.answer !== 'boolean') return undefined
    out.answer = x.answer
  } else if (kind === 'text') {
    if (!isNonEmpty(x.text)) return undefined
    out.text = x.text
  }
  return out as ValueCell
}

const COMPARATOR_KEYS: ReadonlySet<string> = new Set(['kind', 'label', 'period', 'number', 'printed', 'source'])
const COMPARATOR_KINDS: ReadonlySet<string> = new Set(['stat-neighbours', 'england', 'north-west', 'other'])

/** ComparatorSchema's output, or undefined. */
export function fastComparator(x: unknown): Comparator | undefined {
  if (!isObject(x) || !onlyKeys(x, COMPARATOR_KEYS) || typeof x.kind !== 'string' || !COMPARATOR_KINDS.has(x.kind)) return undefined
  const out: Obj = { kind: x.kind }
  for (const key of ['label', 'period'] as const) {
    if (!(key in x)) continue
    if (!isNonEmpty(x[key])) return undefined
    out[key] = x[key]
  }
  // ComparatorSchema's number is a plain z.number(), which refuses NaN and Infinity.
  if (!isFiniteNumber(x.number)) return undefined
  out.number = x.number
  if ('printed' in x) {
    if (!isPrinted(x.printed)) return undefined
    out.printed = x.printed
  }
  const source = fastSourceRef(x.source)
  if (!source) return undefined
  out.source = source
  return out as Comparator
}

const COMMENTARY_KEYS: ReadonlySet<string> = new Set(['period', 'text', 'source'])

/** CommentarySchema's output, or undefined. */
export function fastCommentary(x: unknown): Commentary | undefined {
  if (!isObject(x) || !onlyKeys(x, COMMENTARY_KEYS) || !isNonEmpty(x.period) || !isNonEmpty(x.text)) return undefined
  const source = fastSourceRef(x.source)
  return source ? { period: x.period, text: x.text, source } : undefined
}

const META_KEYS: ReadonlySet<string> = new Set([
  'ref',
  'title',
  'section',
  'cohorts',
  'lead',
  'infoFrom',
  'polarity',
  'unit',
  'frequency',
  'target',
  'amberTolerance',
  'priorities',
  'source',
  'official',
  'values',
  'comparators',
  'commentary',
  'notes',
  'reported',
])
const COHORT_SET: ReadonlySet<string> = new Set(COHORTS)
const POLARITY_SET: ReadonlySet<string> = new Set(POLARITIES)
const UNIT_SET: ReadonlySet<string> = new Set(UNITS)
const FREQUENCY_SET: ReadonlySet<string> = new Set(FREQUENCIES)
const TARGET_KEYS: ReadonlySet<string> = new Set(['kind', 'value', 'printed', 'from'])
const LISTS = ['values', 'comparators', 'commentary', 'notes', 'reported'] as const

/** A target of kind "number" as TargetSchema returns it; any other target is left to zod. */
function fastNumberTarget(x: unknown): Obj | undefined {
  if (!isObject(x) || x.kind !== 'number' || !onlyKeys(x, TARGET_KEYS) || !isFiniteNumber(x.value)) return undefined
  const out: Obj = { kind: 'number', value: x.value }
  if ('printed' in x) {
    if (!isPrinted(x.printed)) return undefined
    out.printed = x.printed
  }
  if ('from' in x) {
    if (!isNonEmpty(x.from)) return undefined
    out.from = x.from
  }
  return out
}

/** A record of text by text, as zod builds it; one with a "__proto__" key is left to zod (and the parser's warning). */
function fastPriorities(x: unknown): Record<string, string> | undefined {
  if (!isObject(x) || Object.getPrototypeOf(x) !== Object.prototype) return undefined
  const out: Record<string, string> = {}
  for (const key of Object.keys(x)) {
    const value = x[key]
    if (key === '__proto__' || typeof value !== 'string') return undefined
    out[key] = value
  }
  return out
}

/** IndicatorMetaSchema's output, or undefined. A target other than a number is left to zod. */
export function fastIndicatorMeta(x: unknown): Obj | undefined {
  if (!isObject(x) || !onlyKeys(x, META_KEYS)) return undefined
  const { ref, title, section, cohorts, polarity, unit, frequency } = x
  if (!isNonEmpty(ref) || REF_PROBLEMS.some(({ test }) => test(ref)) || !isNonEmpty(title) || !isNonEmpty(section)) return undefined
  if (!Array.isArray(cohorts)) return undefined
  for (let i = 0; i < cohorts.length; i++) if (!COHORT_SET.has(cohorts[i] as string)) return undefined
  const out: Obj = { ref, title, section, cohorts: [...(cohorts as unknown[])] }
  for (const key of ['lead', 'infoFrom'] as const) {
    if (!(key in x)) continue
    if (typeof x[key] !== 'string') return undefined
    out[key] = x[key]
  }
  if (typeof polarity !== 'string' || !POLARITY_SET.has(polarity)) return undefined
  if (typeof unit !== 'string' || !UNIT_SET.has(unit)) return undefined
  if (typeof frequency !== 'string' || !FREQUENCY_SET.has(frequency)) return undefined
  out.polarity = polarity
  out.unit = unit
  out.frequency = frequency
  if ('target' in x) {
    const target = fastNumberTarget(x.target)
    if (!target) return undefined
    out.target = target
  }
  if ('amberTolerance' in x) {
    if (!isFiniteNumber(x.amberTolerance) || x.amberTolerance < 0) return undefined
    out.amberTolerance = x.amberTolerance
  }
  if ('priorities' in x) {
    const priorities = fastPriorities(x.priorities)
    if (!priorities) return undefined
    out.priorities = priorities
  }
  const source = fastSourceRef(x.source)
  if (!source) return undefined
  out.source = source
  // Checked on its own by the parser, as after zod.
  if ('official' in x) out.official = x.official
  for (const list of LISTS) {
    if (!(list in x)) out[list] = []
    else if (Array.isArray(x[list])) out[list] = [...(x[list] as unknown[])]
    else return undefined
  }
  return out
}
