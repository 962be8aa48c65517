// Hostile scorecard files for the fuzz (issue 12): a valid scorecard with
// invalid entries beside its valid ones in every list, extreme numbers and
// decimals, hostile refs, ids and keys, and unknown keys at every level. Each
// generated file knows which of its items are valid and what each invalid one
// must be reported as, so a property can check that no valid item was lost
// and that every bad one was said, where it is.
//
// Spreadsheet-size hostility (oversized and sparse sheets) belongs to the
// import pipeline's own tests and is not generated here.
import fc from 'fast-check'
import { MAX_DECIMAL_PLACES } from '../../src/domain/decimalPlaces'
import {
  REF_PROBLEMS,
  COHORTS,
  COMPARATOR_KINDS,
  FORMAT_ID,
  FREQUENCIES,
  NOTE_KINDS,
  POLARITIES,
  STATUS_KINDS,
  UNITS,
  type Unit,
  type ValueCell,
} from '../../src/domain/scorecardSchema'
import { quarters } from '../../scripts/lib/syntheticScorecard'

/** Names that are also properties of every plain object. */
/** Section kinds are the council's own words; these include the ones the app has words for and ones it has not. */
const SECTION_KINDS = ['pledge', 'priority', 'health', 'sufficiency', 'general', 'theme', '__proto__'] as const

export const PROTOTYPE_KEYS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'toLocaleString']

/** Refs that have broken a view or a link: prototype names, path and query characters, formula starts, markup, odd characters. */
export const HOSTILE_REFS = [
  ...PROTOTYPE_KEYS,
  'A/B',
  'a%2fb',
  '100%',
  '..x',
  'a..b',
  '.hidden',
  '?q=1#h',
  ' G1',
  'P3.17 ',
  '<b>x</b>',
  '=1+2',
  '@cmd',
  '-1',
  'ünïcödé',
  '😀',
  'a\u0000b',
  'a\nb',
]

const HOSTILE_TEXT = ['<script>alert(1)</script>', '=HYPERLINK("x")', '+1', '\u202Eevil', '   padded   ', 'x'.repeat(300), '{{}}', '${x}']

export const EXTREME_NUMBERS = [
  0,
  1,
  -1,
  0.1 + 0.2,
  1e21,
  -1e21,
  1e-7,
  1e-21,
  5e-324,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2,
  123456789.98765433,
]

export const extremeNumberArb = fc.oneof(
  fc.constantFrom(...EXTREME_NUMBERS),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.integer({ min: 0, max: 100_000 }).map((n) => n / 10),
)

const textArb = fc.oneof(
  { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '') },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT, ...HOSTILE_REFS.filter((r) => r.trim() !== '')) },
)

/** A ref the format accepts: any text that is not blank and has none of the problems that would leave it without an address. */
const refArb = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_REFS) },
  {
    weight: 2,
    arbitrary: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '' && !REF_PROBLEMS.some((p) => p.test(s))),
  },
)

/** Where an invalid entry was put, and what the parser must say about it. */
export type Spoiler = {
  what: string
  /** The issue that must be there: it names this item (leftOut.item) or this field. */
  item?: string
  field?: string
  ref?: string
  severity: 'error' | 'warning'
}

export type HostileFile = {
  data: Record<string, unknown>
  /** Every valid indicator, by ref, with every valid cell and plan priority it must keep (as the parser returns them, after JSON). */
  expected: Map<string, { cells: ValueCell[]; priorities?: Record<string, string> }>
  spoilers: Spoiler[]
}

/**
 * The choices a file is built from. fast-check draws the values worth drawing
 * (texts, numbers, refs) in one go, with its bias towards edge cases; a small
 * seeded generator makes the many structural choices, which is some fifty
 * times faster than drawing each from fast-check, and replays the same from
 * the same seed.
 */
type Draw = {
  nat: (max: number) => number
  int: (min: number, max: number) => number
  bool: () => boolean
  pick: <T>(items: readonly T[]) => T
  /** True one time in `weight + 1`. */
  maybe: (weight?: number) => boolean
  subarray: <T>(items: readonly T[]) => T[]
  array: <T>(max: number, make: () => T) => T[]
  text: () => string
  number: () => number
  source: () => Record<string, unknown>
}

type Pools = { seed: number; texts: string[]; numbers: number[]; refs: string[] }

function drawFrom({ seed, texts, numbers }: Pools): Draw {
  let a = seed >>> 0
  const next = () => {
    // mulberry32
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const nat = (max: number) => Math.floor(next() * (max + 1))
  const pick = <T>(items: readonly T[]): T => items[nat(items.length - 1)]!
  const d: Draw = {
    nat,
    int: (min, max) => min + nat(max - min),
    bool: () => next() < 0.5,
    pick,
    maybe: (weight = 2) => nat(weight) === 0,
    subarray: (items) => items.filter(() => next() < 0.5),
    array: (max, make) => Array.from({ length: nat(max) }, make),
    text: () => pick(texts),
    number: () => pick(numbers),
    source: () => (next() < 0.5 ? { doc: pick(texts), line: 1 + nat(9999) } : { doc: pick(texts), table: pick(texts) }),
  }
  return d
}

/** Printed text a number cell may carry and still be valid: none, its own figure with up to 20 decimals, or words. */
function validPrinted(d: Draw, n: number): string | undefined {
  switch (d.nat(3)) {
    case 0:
      return undefined
    case 1:
      return Number.isSafeInteger(n) ? `${n}.${'0'.repeat(d.int(0, MAX_DECIMAL_PLACES))}`.replace(/\.$/, '') : undefined
    case 2:
      return d.pick(['c.', 'see note', 'n/k', 'TBC'])
    default:
      return Number.isSafeInteger(n) ? String(n) : undefined
  }
}

function validCell(d: Draw, period: string, unit: Unit): Record<string, unknown> {
  const base: Record<string, unknown> = { period, source: d.source() }
  if (d.maybe(4)) base.note = d.text()
  const choice = d.nat(9)
  if (choice < 2) return { ...base, kind: d.pick(STATUS_KINDS) }
  if (unit === 'yes-no') return { ...base, kind: 'yes-no', answer: d.bool() }
  if (unit === 'text' || choice === 2) return { ...base, kind: 'text', text: d.text() }
  const number = d.number()
  const cell: Record<string, unknown> = { ...base, kind: 'number', number }
  const printed = validPrinted(d, number)
  if (printed !== undefined) cell.printed = printed
  if (d.maybe(4)) cell.provisional = d.bool()
  if (d.maybe(5)) cell.alternate = { number: d.number() }
  return cell
}

/** A cell the parser must leave out, and how it says so. */
function invalidCell(d: Draw, period: string): { cell: unknown; field: string } {
  switch (d.nat(6)) {
    case 0:
      return { cell: { period, kind: 'maybe', source: { doc: 'd', line: 1 } }, field: '.kind' }
    case 1:
      return { cell: { period: 'nowhere', kind: 'not-reported', source: { doc: 'd', line: 1 } }, field: '.period' }
    case 2:
      return { cell: { period, kind: 'number', number: '5', source: { doc: 'd', line: 1 } }, field: '.number' }
    case 3: {
      const decimals = d.int(MAX_DECIMAL_PLACES + 1, 150)
      return {
        cell: { period, kind: 'number', number: 1, printed: `1.${'0'.repeat(decimals)}`, source: { doc: 'd', line: 1 } },
        field: '.printed',
      }
    }
    case 4:
      return { cell: { period, kind: 'suppressed' }, field: '.source' }
    case 5:
      return { cell: d.pick([null, 7, 'x', []]), field: '' }
    default:
      return {
        cell: { period, kind: 'number', number: 1, alternate: { number: 2, colour: 'red' }, source: { doc: 'd', line: 1 } },
        field: '.alternate.colour',
      }
  }
}

/** Puts `item` at a random place in `list`, returning where it went; the places of the items after it move on by one. */
function insert<T>(d: Draw, list: T[], item: T): number {
  const at = d.nat(list.length)
  list.splice(at, 0, item)
  return at
}

/** A key no part of the format has, possibly a prototype name. */
const unknownKey = (d: Draw) => d.pick([...PROTOTYPE_KEYS, 'colour', 'provisonal', 'Number', 'extra', 'period ', '__defineGetter__'])

/** Sets an own key (even "__proto__") on a plain object, as JSON.parse would. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/** One hostile file. `maxIndicators` bounds the valid indicators (the view fuzz renders every one). */
function hostileScorecard(d: Draw, refs: readonly string[]): HostileFile {
  const spoilers: Spoiler[] = []
  const expected: HostileFile['expected'] = new Map()

  // Periods: quarters, and snapshot periods whose ids are prototype names or carry a slash.
  const periods: Record<string, unknown>[] = quarters(d.int(1, 6))
  for (const [i, id] of d.subarray([...PROTOTYPE_KEYS, '2018/19', 'a b']).entries()) {
    const day = String(i + 1).padStart(2, '0')
    periods.push({ id, label: `Snapshot ${id}`, kind: 'as-at', start: `2019-05-${day}`, end: `2019-05-${day}` })
  }
  const periodIds = periods.map((p) => p.id as string)

  const sections: Record<string, unknown>[] = [{ id: 'general', title: 'General', kind: 'general' }]
  for (const id of d.subarray([...PROTOTYPE_KEYS, 'pledge-9'])) {
    sections.push({ id, title: `Section ${id}`, kind: d.pick(SECTION_KINDS), ...(d.maybe() ? { number: d.int(1, 5) } : {}) })
  }
  // Indicators may name a section no entry declares: they are kept, under its id.
  const sectionIds = [...sections.map((s) => s.id as string), 'undeclared-section']

  const documents: unknown[] = d.array(2, () => ({ id: d.text(), title: d.text() }))

  const indicators: Record<string, unknown>[] = []
  const cellsOf = new Map<string, { raw: unknown[]; spoiledAt: { at: number; field: string }[] }>()
  for (const ref of refs) {
    const unit = d.pick(UNITS)
    const used = d.subarray(periodIds)
    const values: unknown[] = []
    const kept: ValueCell[] = []
    for (const period of used) {
      const cell = validCell(d, period, unit)
      kept.push(JSON.parse(JSON.stringify(cell)) as ValueCell)
      values.push(cell)
    }
    const indicator: Record<string, unknown> = {
      ref,
      title: d.text(),
      section: d.pick(sectionIds),
      cohorts: d.subarray(COHORTS),
      polarity: d.pick(POLARITIES),
      unit,
      frequency: d.pick(FREQUENCIES),
      source: d.source(),
      values,
      comparators: d.array(3, () => ({
        kind: d.pick(COMPARATOR_KINDS),
        number: d.number(),
        source: d.source(),
        ...(d.maybe() ? { period: d.pick(periodIds) } : {}),
      })),
      commentary: d.array(2, () => ({ period: d.pick(periodIds), text: d.text(), source: d.source() })),
      notes: d.array(2, () => ({
        kind: d.pick(NOTE_KINDS),
        text: d.text(),
        ...(d.maybe() ? { effectiveFrom: d.pick(periodIds), breaksSeries: d.bool() } : {}),
      })),
      reported: d.array(2, () => ({
        period: d.pick(periodIds),
        source: d.source(),
        ...(d.maybe() ? { rag: d.pick(['red', 'amber', 'green']) } : {}),
        ...(d.maybe() ? { directionRaw: d.text() } : {}),
      })),
    }
    if (d.maybe()) {
      const from = d.maybe() ? { from: d.pick(periodIds) } : {}
      const a = d.number()
      const b = d.number()
      indicator.target = d.pick([
        { kind: 'number', value: a, ...from },
        { kind: 'range', min: Math.min(a, b), max: Math.max(a, b), ...from },
        { kind: 'text', text: 'Qtly review', ...from },
      ])
    }
    if (d.maybe(3)) indicator.amberTolerance = Math.abs(d.number())
    if (d.maybe(3)) {
      const priorities: Record<string, unknown> = {}
      for (const key of d.subarray(['cyp', 'corporate', ...PROTOTYPE_KEYS])) setOwn(priorities, key, d.text())
      indicator.priorities = priorities
    }
    const priorities = indicator.priorities ? (JSON.parse(JSON.stringify(indicator.priorities)) as Record<string, string>) : undefined
    if (priorities && Object.hasOwn(priorities, '__proto__')) {
      // A record key that would set a prototype: left out, with a warning.
      delete priorities['__proto__']
      spoilers.push({ what: 'a priority named __proto__', severity: 'warning', ref, field: 'priorities.__proto__' })
    }
    expected.set(ref, { cells: kept, ...(priorities ? { priorities } : {}) })
    cellsOf.set(ref, { raw: values, spoiledAt: [] })
    indicators.push(indicator)
  }

  // Bad cells beside the good ones, and unknown keys on good cells (kept, with a warning).
  for (const ref of refs) {
    const cells = cellsOf.get(ref)!
    for (let n = d.nat(2); n > 0; n--) {
      const { cell, field } = invalidCell(d, d.pick(periodIds))
      const at = insert(d, cells.raw, cell)
      for (const s of cells.spoiledAt) if (s.at >= at) s.at += 1
      cells.spoiledAt.push({ at, field })
    }
    if (cells.raw.length > 0 && d.maybe()) {
      const at = d.nat(cells.raw.length - 1)
      const cell = cells.raw[at]
      const key = unknownKey(d)
      if (
        cell &&
        typeof cell === 'object' &&
        !Array.isArray(cell) &&
        !cells.spoiledAt.some((s) => s.at === at) &&
        !Object.hasOwn(cell, key)
      ) {
        setOwn(cell as Record<string, unknown>, key, d.pick([1, 'x', true, null]))
        spoilers.push({ what: `unknown key ${key} on a cell`, severity: 'warning', ref, field: `values[${at}].${key}` })
      }
    }
  }

  // Bad entries beside the good ones in every list of the file.
  const listSpoilers: { list: unknown[]; name: string; make: () => { item: unknown; what: string } }[] = [
    {
      list: periods,
      name: 'periods',
      make: () =>
        d.pick([
          { item: { id: 'p-bad', label: '', kind: 'quarter', start: '2020-01-01', end: '2020-03-31' }, what: 'a blank period label' },
          { item: { id: 'p-bad', label: 'x', kind: 'fortnight', start: '2020-01-01', end: '2020-01-14' }, what: 'an unknown period kind' },
          {
            item: { id: 'p-bad', label: 'x', kind: 'as-at', start: '2020-02-01', end: '2020-01-01' },
            what: 'a period that ends before it starts',
          },
          {
            item: { id: 'p-bad', label: 'x', kind: 'as-at', start: '2020-02-01', end: '2020-02-01', colour: 1 },
            what: 'a period with an unknown key',
          },
          { item: 7, what: 'a period that is a number' },
          { item: null, what: 'a null period' },
        ]),
    },
    {
      list: sections,
      name: 'sections',
      make: () =>
        d.pick([
          { item: { id: 's-bad', title: '', kind: 'general' }, what: 'a blank section title' },
          { item: { id: 's-bad', title: 'x', kind: 'pledge', number: 0 }, what: 'a section number that is not positive' },
          { item: { id: 's-bad', title: 'x' }, what: 'a section with no kind' },
          { item: 'section', what: 'a section that is text' },
        ]),
    },
    {
      list: documents,
      name: 'documents',
      make: () =>
        d.pick([
          { item: { id: 'd-bad' }, what: 'a document with no title' },
          { item: { id: 'd-bad', title: 'x', date: '1 May' }, what: 'a document with a bad date' },
          { item: 5, what: 'a document that is a number' },
        ]),
    },
    {
      list: indicators,
      name: 'indicators',
      make: () =>
        d.pick([
          { item: 7, what: 'an indicator that is a number' },
          { item: null, what: 'a null indicator' },
          { item: { ...(indicators[0] ?? {}), ref: '..' }, what: 'an indicator whose ref is only dots' },
          { item: { ...(indicators[0] ?? {}), ref: 'X%2Fbad' }, what: 'an indicator whose ref holds %2F' },
          { item: { ...(indicators[0] ?? {}), ref: 'X-bad-1', polarity: 'sideways' }, what: 'an indicator with a bad polarity' },
          { item: { ...(indicators[0] ?? {}), ref: 'X-bad-2', title: undefined }, what: 'an indicator with no title' },
          { item: { ...(indicators[0] ?? {}), ref: 'X-bad-3', [unknownKey(d)]: 'red' }, what: 'an indicator with an unknown key' },
        ]),
    },
  ]
  const placed: { list: unknown[]; name: string; item: unknown; what: string }[] = []
  for (const spoiler of listSpoilers) {
    for (let n = d.nat(2); n > 0; n--) {
      const { item, what } = spoiler.make()
      spoiler.list.splice(d.nat(spoiler.list.length), 0, item)
      placed.push({ list: spoiler.list, name: spoiler.name, item, what })
    }
  }
  // Where each bad entry ended up once all were placed (by identity: the same primitive may be placed twice, and is found twice).
  const claimed = new Set<string>()
  for (const { list, name, item, what } of placed) {
    let at = list.indexOf(item)
    while (claimed.has(`${name}[${at}]`)) at = list.indexOf(item, at + 1)
    claimed.add(`${name}[${at}]`)
    spoilers.push({ what, severity: 'error', item: `${name}[${at}]` })
  }
  // The bad cells, named by the final place of their indicator.
  for (const ref of refs) {
    const at = indicators.findIndex((i) => i !== null && typeof i === 'object' && i.ref === ref && cellsOf.get(ref)!.raw === i.values)
    for (const s of cellsOf.get(ref)!.spoiledAt) {
      spoilers.push({ what: `a bad cell${s.field}`, severity: 'error', ref, item: `indicators[${at}].values[${s.at}]` })
    }
  }

  const additions: unknown[] = []
  if (d.maybe()) {
    additions.push({ ref: 'nobody-has-this-ref', values: [] })
    spoilers.push({ what: 'an addition for an unknown ref', severity: 'error', item: `additions[${additions.length - 1}]` })
  }
  if (d.maybe()) {
    additions.push(d.pick([7, { ref: '.', values: [] }, { values: [] }]))
    spoilers.push({ what: 'a bad addition', severity: 'error', item: `additions[${additions.length - 1}]` })
  }

  const data: Record<string, unknown> = {
    format: FORMAT_ID,
    authority: d.text(),
    title: d.text(),
    reportingYear: '2018-19',
    documents,
    periods,
    sections,
    indicators,
    additions,
  }
  if (d.maybe()) {
    const key = unknownKey(d)
    setOwn(data, key, { polluted: true })
    spoilers.push({ what: `unknown key ${key} at the top`, severity: 'warning', field: key })
  }
  return { data, expected, spoilers }
}

/** Hostile files of up to `maxIndicators` valid indicators (the view fuzz renders every one). */
export const hostileScorecardArb = (maxIndicators = 6): fc.Arbitrary<HostileFile> =>
  fc
    .record({
      seed: fc.integer(),
      texts: fc.array(textArb, { minLength: 16, maxLength: 16 }),
      numbers: fc.array(extremeNumberArb, { minLength: 16, maxLength: 16 }),
      refs: fc.uniqueArray(refArb, { minLength: 1, maxLength: maxIndicators }),
    })
    .map((pools) => hostileScorecard(drawFrom(pools), pools.refs))
