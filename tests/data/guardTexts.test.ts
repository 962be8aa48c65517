// The prerender guard's texts are handed to the app once, by their full address.
import { afterEach, describe, expect, it } from 'vitest'
import { GUARD_TEXTS_GLOBAL, takeGuardText } from '../../src/data/guardTexts'

const holder = globalThis as Record<string, unknown>

describe('takeGuardText', () => {
  afterEach(() => delete holder[GUARD_TEXTS_GLOBAL])

  it('gives nothing when the guard read nothing', () => {
    expect(takeGuardText('/data/manifest.json')).toBeUndefined()
  })

  it('gives a text by its address, relative or full, and only once', () => {
    const manifest = new URL('/data/manifest.json', location.href).href
    holder[GUARD_TEXTS_GLOBAL] = { [manifest]: '{"files":["a.json"]}', [new URL('/data/a.json', location.href).href]: '{}' }
    expect(takeGuardText('/data/manifest.json')).toBe('{"files":["a.json"]}')
    expect(takeGuardText(manifest)).toBeUndefined()
    expect(takeGuardText(new URL('/data/a.json', location.href).href)).toBe('{}')
    expect(takeGuardText('/data/b.json')).toBeUndefined()
  })

  it('ignores anything that is not text, and the prototype', () => {
    holder[GUARD_TEXTS_GLOBAL] = { [new URL('/x', location.href).href]: 42 }
    expect(takeGuardText('/x')).toBeUndefined()
    expect(takeGuardText('/toString')).toBeUndefined()
  })
})
