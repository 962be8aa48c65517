// Every write to the versions is a mutation that refetches the scorecard
// query, so every view reading it shows the new version; a write the browser
// refuses is the mutation's error.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LoadedScorecard } from '../../../../src/data/loadScorecard'
import { LocalStorageWriteError } from '../../../../src/data/checkedStorage'
import { discardLocalVersions, saveLocalVersion, VERSIONS_STORAGE_KEY } from '../../../../src/data/localScorecardStore'
import { useScorecard } from '../../../../src/data/useScorecard'
import { storageProblemMessage } from '../../../../src/features/update/versions/storageProblemMessage'
import {
  useDiscardLocalVersions,
  useRestorePreviousVersion,
  useSaveVersion,
  VersionConflictError,
} from '../../../../src/features/update/versions/versionMutations'
import { serveSeeds } from '../../../support/renderApp'
import { loadSeedScorecard } from '../../../support/seedFiles'

const PUBLISHED_TITLE = 'Corporate Parenting Scorecard 2018-19'
const titled = (title: string): LoadedScorecard => ({ scorecard: { ...loadSeedScorecard(), title }, issues: [], files: [] })

/** Two views of the scorecard (as the layout and a page are) and the writes. */
function renderViewsAndWrites() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>
  return renderHook(
    () => ({
      layout: useScorecard(),
      page: useScorecard(),
      save: useSaveVersion(),
      restore: useRestorePreviousVersion(),
      discard: useDiscardLocalVersions(),
    }),
    { wrapper },
  )
}

const titles = (result: { current: ReturnType<typeof renderViewsAndWrites>['result']['current'] }) => [
  result.current.layout.data?.scorecard.title,
  result.current.page.data?.scorecard.title,
]

beforeEach(() => {
  localStorage.clear()
  serveSeeds()
})
afterEach(() => {
  vi.restoreAllMocks()
  discardLocalVersions()
})

describe('writes to the versions refetch the scorecard query', () => {
  it('save, save again, undo, and go back to the published scorecard: every view shows each one when the write resolves', async () => {
    const { result } = renderViewsAndWrites()
    await waitFor(() => expect(titles(result)).toEqual([PUBLISHED_TITLE, PUBLISHED_TITLE]))

    await act(() => result.current.save.mutateAsync({ inUse: result.current.page.data!, next: titled('First'), label: 'Import of a.csv' }))
    expect(titles(result)).toEqual(['First', 'First'])
    expect(result.current.page.data!.versions.current).toMatchObject({ label: 'Import of a.csv', origin: 'local' })

    await act(() => result.current.save.mutateAsync({ inUse: result.current.page.data!, next: titled('Second'), label: 'Q3 entered' }))
    expect(titles(result)).toEqual(['Second', 'Second'])

    const restored = await act(() => result.current.restore.mutateAsync())
    expect(restored?.restored.label).toBe('Import of a.csv')
    expect(titles(result)).toEqual(['First', 'First'])

    await act(() => result.current.discard.mutateAsync())
    expect(titles(result)).toEqual([PUBLISHED_TITLE, PUBLISHED_TITLE])
    expect(result.current.page.data!.versions.current).toBeNull()
  })

  it('a write the browser refuses is the mutation’s error, once, and the version is in use on this page', async () => {
    const { result } = renderViewsAndWrites()
    await waitFor(() => expect(result.current.page.data).toBeDefined())
    const setItem = Storage.prototype.setItem
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key === VERSIONS_STORAGE_KEY) throw new DOMException('full', 'QuotaExceededError')
      setItem.call(this, key, value)
    })

    act(() => result.current.save.mutate({ inUse: result.current.page.data!, next: titled('Big'), label: 'Import of big.csv' }))
    await waitFor(() => expect(result.current.save.isError).toBe(true))
    expect(result.current.save.error).toBeInstanceOf(LocalStorageWriteError)
    expect(result.current.save.data).toBeUndefined()
    // The other writes know nothing of it: the error is reported by the one that failed.
    expect([result.current.restore.error, result.current.discard.error]).toEqual([null, null])
    await waitFor(() => expect(titles(result)).toEqual(['Big', 'Big']))
    expect(localStorage.getItem(VERSIONS_STORAGE_KEY)).toBeNull()
  })
})

// Issue 12: a second tab's save replaced the first with no warning.
describe('another tab', () => {
  /** Another tab of the same browser saves: it writes storage, and the browser tells this tab. */
  function otherTabSaves(label: string) {
    const before = localStorage.getItem(VERSIONS_STORAGE_KEY)
    saveLocalVersion({ scorecard: loadSeedScorecard(), issues: [], files: [] }, titled(label), label)
    window.dispatchEvent(
      new StorageEvent('storage', { key: VERSIONS_STORAGE_KEY, oldValue: before, newValue: localStorage.getItem(VERSIONS_STORAGE_KEY) }),
    )
  }

  it('its save is shown here as soon as the browser tells this tab', async () => {
    const { result } = renderViewsAndWrites()
    await waitFor(() => expect(titles(result)).toEqual([PUBLISHED_TITLE, PUBLISHED_TITLE]))
    act(() => otherTabSaves('Other tab'))
    await waitFor(() => expect(titles(result)).toEqual(['Other tab', 'Other tab']))
  })

  it.each(['save', 'restore', 'discard'] as const)(
    'a %s after another tab saved, before this page heard of it, asks instead of replacing it, and then shows it',
    async (write) => {
      const { result } = renderViewsAndWrites()
      await waitFor(() => expect(result.current.page.data).toBeDefined())
      await act(() => result.current.save.mutateAsync({ inUse: result.current.page.data!, next: titled('Mine'), label: 'mine' }))
      // The other tab's save, without the storage event (it has not arrived yet).
      saveLocalVersion(titled('Mine'), titled('Theirs'), 'theirs')
      const stored = localStorage.getItem(VERSIONS_STORAGE_KEY)

      const run = {
        save: () => result.current.save.mutateAsync({ inUse: result.current.page.data!, next: titled('Mine again'), label: 'mine again' }),
        restore: () => result.current.restore.mutateAsync(),
        discard: () => result.current.discard.mutateAsync(),
      }[write]
      const error = await act(() =>
        run().then(
          () => null,
          (e: unknown) => e,
        ),
      )
      expect(error).toBeInstanceOf(VersionConflictError)
      expect((error as VersionConflictError).current).toMatchObject({ label: 'theirs' })
      expect(storageProblemMessage(error as Error)).toMatch(
        /^Another tab changed the scorecard kept in this browser after this page read it \(it now uses “theirs”, saved .*\), so nothing was changed here\. This page now shows that version\./,
      )
      expect(localStorage.getItem(VERSIONS_STORAGE_KEY)).toBe(stored)
      await waitFor(() => expect(titles(result)).toEqual(['Theirs', 'Theirs']))
      // Asked, and now up to date: the same write goes ahead, keeping theirs for undo.
      if (write === 'save') {
        await act(() =>
          result.current.save.mutateAsync({ inUse: result.current.page.data!, next: titled('Mine again'), label: 'mine again' }),
        )
        expect(titles(result)).toEqual(['Mine again', 'Mine again'])
        expect(result.current.page.data!.versions.history.at(-1)).toMatchObject({ label: 'theirs' })
      }
    },
  )
})
