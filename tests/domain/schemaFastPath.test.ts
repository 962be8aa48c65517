// The fast path may only ever say "don't know": whatever it accepts, zod
// accepts too and returns the very same object, keys in the same order. Checked
// on every item of the seeds and of a synthetic scorecard, and on each item
// altered in the ways a file goes wrong.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fastComparator, fastCommentary, fastIndicatorMeta, fastSourceRef, fastValueCell } from '../../src/domain/schemaFastPath'
import { CommentarySchema, ComparatorSchema, IndicatorMetaSchema, SourceRefSchema, ValueCellSchema } from '../../src/domain/scorecardSchema'
import { syntheticScorecard } from '../../scripts/lib/syntheticScorecard'
import { readManifest, readSeedText } from '../support/seedFiles'

type Raw = Record<string, unknown>

const files: Raw[] = [
  ...readManifest().files.map((file) => JSON.parse(readSeedText(file)) as Raw),
  JSON.parse(JSON.stringify(syntheticScorecard(30, 8))) as Raw,
]
const indicators = files.flatMap((f) => (f.indicators as Raw[] | undefined) ?? [])
const withAdditions = [...indicators, ...files.flatMap((f) => (f.additions as Raw[] | undefined) ?? [])]
const listOf = (key: string) => withAdditions.flatMap((i) => (i[key] as Raw[] | undefined) ?? [])

const PAIRS = [
  { name: 'cells', fast: fastValueCell, schema: ValueCellSchema, items: listOf('values') },
  { name: 'comparators', fast: fastComparator, schema: ComparatorSchema, items: listOf('comparators') },
  { name: 'comments', fast: fastCommentary, schema: CommentarySchema, items: listOf('commentary') },
  { name: 'sources', fast: fastSourceRef, schema: SourceRefSchema, items: listOf('values').map((c) => c.source) },
  { name: 'indicators', fast: fastIndicatorMeta, schema: IndicatorMetaSchema, items: indicators },
]

function expectSameAsZod(
  fast: (x: unknown) => unknown,
  schema: { safeParse: (x: unknown) => { success: boolean; data?: unknown } },
  item: unknown,
) {
  const quick = fast(item)
  if (quick === undefined) return false
  const zod = schema.safeParse(item)
  expect(zod.success).toBe(true)
  expect(JSON.stringify(quick)).toBe(JSON.stringify(zod.data))
  expect(quick).toStrictEqual(zod.data)
  return true
}

/** Ways an item goes wrong: a key removed, a value replaced by something of another type, a key added. */
const BAD_VALUES: unknown[] = [undefined, null, '', ' ', 0, -1, 1.5, Number.NaN, Infinity, true, [], {}, 'x', '1.123456789012345678901']

describe('the validation fast path', () => {
  it.each(PAIRS)('accepts the usual $name, as zod returns them', ({ fast, schema, items }) => {
    expect(items.length).toBeGreaterThan(0)
    const accepted = items.filter((item) => expectSameAsZod(fast, schema, item)).length
    // Most items take the fast path (some seed indicators have priorities, which it leaves to zod).
    expect(accepted / items.length).toBeGreaterThan(0.5)
  })

  it.each(PAIRS)('accepts an altered one of the $name only when zod does, and returns the same', ({ fast, schema, items }) => {
    fc.assert(
      fc.property(
        fc.constantFrom(...items),
        fc.oneof(
          fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
          fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.constantFrom(...BAD_VALUES) }),
          fc.record({
            op: fc.constant('add' as const),
            key: fc.constantFrom('colour', 'number', 'alternate', '__proto__', 'line'),
            value: fc.constantFrom(...BAD_VALUES),
          }),
        ),
        (item, change) => {
          const copy = JSON.parse(JSON.stringify(item)) as Raw
          const keys = Object.keys(copy)
          if (change.op === 'drop') delete copy[keys[change.at % keys.length]!]
          else if (change.op === 'set') copy[keys[change.at % keys.length]!] = change.value
          else Object.defineProperty(copy, change.key, { value: change.value, enumerable: true, writable: true, configurable: true })
          expectSameAsZod(fast, schema, copy)
        },
      ),
      { numRuns: 400, seed: 15 },
    )
  })

  it('leaves what it does not handle to zod', () => {
    const source = { doc: 'd', line: 1 }
    expect(fastValueCell({ period: 'p', kind: 'number', number: 1, alternate: { number: 2 }, source })).toBeUndefined()
    expect(fastValueCell({ period: 'p', kind: 'suppressed', number: 1, source })).toBeUndefined()
    expect(fastValueCell({ period: 'p', kind: 'number', number: 1, note: undefined, source })).toBeUndefined()
    expect(fastSourceRef({ doc: 'd' })).toBeUndefined()
    expect(fastSourceRef(Object.assign(Object.create(null) as object, source))).toBeUndefined()
  })
})
