// Every write to the browser's storage is read back: kept, or an error with its reason.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LocalStorageWriteError, onStorageChange, readStorage, removeFromStorage, writeStorage } from '../../src/data/checkedStorage'

const failureOf = (write: () => void) => {
  try {
    write()
  } catch (error) {
    return error instanceof LocalStorageWriteError ? error.failure : `not a LocalStorageWriteError: ${String(error)}`
  }
  return 'kept'
}

beforeEach(() => localStorage.clear())
afterEach(() => vi.restoreAllMocks())

describe('writeStorage', () => {
  it('keeps the text and reads it back', () => {
    expect(failureOf(() => writeStorage('k', 'text'))).toBe('kept')
    expect(readStorage('k')).toBe('text')
  })

  it.each([
    ['QuotaExceededError', 'full'],
    ['NS_ERROR_DOM_QUOTA_REACHED', 'full'],
    ['SecurityError', 'blocked'],
    ['InvalidStateError', 'failed'],
  ])('a %s from the browser is a LocalStorageWriteError (%s)', (name, failure) => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('refused', name)
    })
    expect(failureOf(() => writeStorage('k', 'text'))).toBe(failure)
  })

  it('a write the browser accepts but does not keep is caught by reading it back', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {})
    expect(failureOf(() => writeStorage('k', 'text'))).toBe('not-kept')
  })

  it('removing checks the key is gone', () => {
    writeStorage('k', 'text')
    expect(failureOf(() => removeFromStorage('k'))).toBe('kept')
    expect(readStorage('k')).toBeNull()
    writeStorage('k', 'text')
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {})
    expect(failureOf(() => removeFromStorage('k'))).toBe('not-kept')
  })
})

describe('readStorage', () => {
  it('reads blocked storage as empty instead of throwing', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    expect(readStorage('k')).toBeNull()
  })
})

describe('onStorageChange', () => {
  it("hears another tab's change to its key (and a clear of all storage), not other keys", () => {
    const heard: (string | null)[] = []
    const stop = onStorageChange('k', (text) => heard.push(text))
    window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: 'x' }))
    window.dispatchEvent(new StorageEvent('storage', { key: 'k', newValue: 'new' }))
    window.dispatchEvent(new StorageEvent('storage', { key: null }))
    stop()
    window.dispatchEvent(new StorageEvent('storage', { key: 'k', newValue: 'after' }))
    expect(heard).toEqual(['new', null])
  })
})
