// Our own fuzz of the browser storage on /update (issue 12): generated runs of
// typing, clearing, reloading, another tab writing (hostile text included)
// and storage that fails in every way it can, against the drafts and the
// versions. Invariants: nothing throws; nothing reaches Object.prototype;
// whatever is not said to have failed is really in storage; a reload gives
// back exactly what was last kept; a save either is durable or is an error.
import { renderHook } from '@testing-library/react'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { StorageValue } from 'zustand/middleware'
import { LocalStorageWriteError } from '../../src/data/checkedStorage'
import {
  discardLocalVersions,
  readSavedScorecard,
  restorePreviousVersion,
  saveLocalVersion,
  VERSIONS_STORAGE_KEY,
} from '../../src/data/localScorecardStore'
import type { LoadedScorecard } from '../../src/data/loadScorecard'
import { ENTRY_MODES, type DraftEntry } from '../../src/features/update/entry/draftEntry'
import { DRAFT_STORAGE_KEY, useDraftStorage, useDraftStore, useDraftSync, type Drafts } from '../../src/features/update/entry/useDraftStore'
import { fuzzRuns, fuzzSeed, fuzzTimeout } from '../support/fuzzRuns'
import { HOSTILE_REFS, PROTOTYPE_KEYS } from '../support/hostileScorecard'
import { syntheticScorecard } from '../../scripts/lib/syntheticScorecard'

/** How storage treats writes: keeps them, refuses them (full, blocked, other) or accepts them without keeping them. */
type StorageMode = 'works' | 'QuotaExceededError' | 'SecurityError' | 'InvalidStateError' | 'drops'
let mode: StorageMode = 'works'
/** Another tab's writes land whatever this tab's storage does. */
const realSetItem = Storage.prototype.setItem
const otherTabWrites = (key: string, text: string) => realSetItem.call(localStorage, key, text)

beforeEach(() => {
  localStorage.clear()
  mode = 'works'
  const setItem = realSetItem
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
    if (mode === 'drops') return
    if (mode !== 'works') throw new DOMException('refused', mode)
    setItem.call(this, key, value)
  })
})
afterEach(() => vi.restoreAllMocks())

const notPolluted = () => expect(Object.keys(Object.prototype)).toEqual([])

const periodArb = fc.constantFrom('2018-19-Q3', '2018-19-Q4', ...PROTOTYPE_KEYS)
const refArb = fc.oneof(fc.constantFrom('G1', 'P1.2', ...HOSTILE_REFS), fc.string({ maxLength: 6 }))
const entryArb: fc.Arbitrary<DraftEntry> = fc.record({
  mode: fc.constantFrom(...ENTRY_MODES),
  figure: fc.string({ maxLength: 8 }),
  commentary: fc.string({ maxLength: 8 }),
})

/** What another tab (or a hand edit, or another program) might leave under the draft's key. */
const foreignDraftText = fc.oneof(
  fc.json(),
  fc.string(),
  fc
    .tuple(periodArb, refArb, entryArb)
    .map(
      ([period, ref, entry]) =>
        `{"state":{"drafts":{"__proto__":{"polluted":${JSON.stringify(entry)}},${JSON.stringify(period)}:{${JSON.stringify(ref)}:${JSON.stringify(entry)},"__proto__":{"polluted":true}}}},"version":1}`,
    ),
)

type DraftStep =
  | { kind: 'type'; period: string; ref: string; entry: DraftEntry }
  | { kind: 'clear'; period: string }
  | { kind: 'storage'; mode: StorageMode }
  | { kind: 'reload' }
  | { kind: 'other tab'; text: string }

const draftStepArb: fc.Arbitrary<DraftStep> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('type' as const), period: periodArb, ref: refArb, entry: entryArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clear' as const), period: periodArb }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('storage' as const),
      mode: fc.constantFrom<StorageMode>('works', 'works', 'QuotaExceededError', 'SecurityError', 'InvalidStateError', 'drops'),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'reload' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('other tab' as const), text: foreignDraftText }) },
)

/** The drafts as sorted pairs: order carries no meaning (and JSON puts integer-like keys such as "0" first). */
const byKey = <T>(pairs: [string, T][]) => pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
const shape = (drafts: Drafts) => byKey([...drafts].map(([period, entries]): [string, unknown] => [period, byKey([...entries])]))
/** The drafts a new page would start from: what the store reads from storage. */
const stored = (): Drafts => {
  const value = useDraftStore.persist.getOptions().storage!.getItem(DRAFT_STORAGE_KEY) as StorageValue<{ drafts: Drafts }> | null
  return value?.state.drafts ?? new Map()
}

describe('the draft on /update', () => {
  const runs = fuzzRuns(1500, 0.5)
  it(
    `never throws, never pollutes, keeps what it does not say it lost, and a reload gives back what was kept (${runs} runs of up to 30 steps)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(draftStepArb, { maxLength: 30 }), async (steps) => {
          localStorage.clear()
          mode = 'works'
          useDraftStore.setState({ periodId: null, drafts: new Map(), updatedAt: null })
          useDraftStorage.setState({ failure: null, keptAt: null, changedElsewhereAt: null })
          let kept: Drafts = new Map()
          const sync = renderHook(() => useDraftSync())
          for (const step of steps) {
            switch (step.kind) {
              case 'type':
                useDraftStore.getState().setEntry(step.period, step.ref, step.entry)
                break
              case 'clear':
                useDraftStore.getState().clearPeriod(step.period)
                break
              case 'storage':
                mode = step.mode
                break
              case 'reload':
                // What a new page of this browser would start from: what was last kept.
                expect(shape(stored())).toEqual(shape(kept))
                break
              case 'other tab':
                otherTabWrites(DRAFT_STORAGE_KEY, step.text)
                window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_STORAGE_KEY, newValue: step.text }))
                break
            }
            if (useDraftStorage.getState().failure === null) {
              // Not said to have failed: then storage holds exactly what is on screen.
              expect(shape(stored())).toEqual(shape(useDraftStore.getState().drafts))
              kept = useDraftStore.getState().drafts
            } else if (step.kind === 'other tab') kept = stored()
            notPolluted()
          }
          sync.unmount()
        }),
        { numRuns: runs, ...fuzzSeed() },
      )
    },
    fuzzTimeout(runs, 5),
  )
})

describe('the versions kept in this browser', () => {
  // Small, so a run of writes is quick: the sizes are not what is tested here.
  const scorecard = syntheticScorecard(4, 4)
  const published = (): LoadedScorecard => ({ scorecard, issues: [], files: ['a.json'] })
  const titled = (title: string): LoadedScorecard => ({ scorecard: { ...scorecard, title }, issues: [], files: ['a.json'] })

  type VersionStep = { kind: 'save' | 'restore' | 'discard'; mode: StorageMode } | { kind: 'foreign'; text: string }
  const versionStepArb: fc.Arbitrary<VersionStep> = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constantFrom('save' as const, 'save' as const, 'restore' as const, 'discard' as const),
        mode: fc.constantFrom<StorageMode>('works', 'works', 'QuotaExceededError', 'SecurityError', 'InvalidStateError', 'drops'),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('foreign' as const),
        text: fc.oneof(fc.json(), fc.string(), fc.constant('{"__proto__":{"polluted":1},"current":null}')),
      }),
    },
  )

  const runs = fuzzRuns(500, 0.1)
  it(
    `a write is durable (read back from storage) or an error that says why, never both; what storage holds is read without throwing (${runs} runs)`,
    () => {
      fc.assert(
        fc.property(fc.array(versionStepArb, { maxLength: 8 }), (steps) => {
          localStorage.clear()
          mode = 'works'
          discardLocalVersions()
          let n = 0
          for (const step of steps) {
            if (step.kind === 'foreign') {
              otherTabWrites(VERSIONS_STORAGE_KEY, step.text)
              expect(() => readSavedScorecard()).not.toThrow()
              notPolluted()
              continue
            }
            mode = step.mode
            const label = `v${++n}`
            let outcome: 'kept' | 'refused' | 'nothing' = 'kept'
            try {
              if (step.kind === 'save') saveLocalVersion(published(), titled(label), label)
              else if (step.kind === 'restore') outcome = restorePreviousVersion() ? 'kept' : 'nothing'
              else discardLocalVersions()
            } catch (error) {
              expect(error).toBeInstanceOf(LocalStorageWriteError)
              outcome = 'refused'
            }
            mode = 'works'
            const raw = localStorage.getItem(VERSIONS_STORAGE_KEY)
            if (outcome === 'kept' && step.kind === 'save')
              expect((JSON.parse(raw!) as { current: { label: string } }).current.label).toBe(label)
            if (outcome === 'kept' && step.kind === 'discard') expect(JSON.parse(raw!)).toEqual({ current: null, history: [] })
            if (outcome === 'refused' && step.mode === 'works') throw new Error('refused with storage working')
            expect(() => readSavedScorecard()).not.toThrow()
            notPolluted()
          }
        }),
        { numRuns: runs, ...fuzzSeed() },
      )
    },
    fuzzTimeout(runs, 10),
  )
})
