// The prerender guard's reads are handed to the app once, by their full address.
import { afterEach, describe, expect, it } from 'vitest'
import { decodeText } from '../../src/data/fetchDataText'
import { GUARD_BODIES_GLOBAL, takeGuardBody } from '../../src/data/guardBodies'

const holder = globalThis as Record<string, unknown>
const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer
const href = (path: string) => new URL(path, location.href).href

describe('takeGuardBody', () => {
  afterEach(() => delete holder[GUARD_BODIES_GLOBAL])

  it('gives nothing when the guard read nothing', async () => {
    expect(await takeGuardBody('/data/manifest.json')).toBeUndefined()
  })

  it('gives the bytes by their address, relative or full, and only once', async () => {
    holder[GUARD_BODIES_GLOBAL] = {
      [href('/data/manifest.json')]: Promise.resolve(bytesOf('{"files":["a.json"]}')),
      [href('/data/a.json')]: Promise.resolve(bytesOf('{}')),
    }
    expect(decodeText((await takeGuardBody('/data/manifest.json'))!)).toBe('{"files":["a.json"]}')
    expect(await takeGuardBody(href('/data/manifest.json'))).toBeUndefined()
    expect(decodeText((await takeGuardBody(href('/data/a.json')))!)).toBe('{}')
    expect(await takeGuardBody('/data/b.json')).toBeUndefined()
  })

  it('gives nothing for a read that failed, so the caller fetches the file and says why', async () => {
    const failed = Promise.reject(new Error('HTTP 404'))
    failed.catch(() => {})
    holder[GUARD_BODIES_GLOBAL] = { [href('/data/a.json')]: failed }
    expect(await takeGuardBody('/data/a.json')).toBeUndefined()
  })

  it('stops waiting when the load is cancelled, so the caller is not held by a read that never ends', async () => {
    holder[GUARD_BODIES_GLOBAL] = { [href('/data/a.json')]: new Promise(() => {}) }
    const cancel = new AbortController()
    const taken = takeGuardBody('/data/a.json', cancel.signal)
    cancel.abort()
    expect(await taken).toBeUndefined()
  })

  it('ignores anything that is not bytes, and the prototype', async () => {
    holder[GUARD_BODIES_GLOBAL] = { [href('/x')]: Promise.resolve('text'), [href('/y')]: 42 }
    expect(await takeGuardBody('/x')).toBeUndefined()
    expect(await takeGuardBody('/y')).toBeUndefined()
    expect(await takeGuardBody('/toString')).toBeUndefined()
  })
})

describe('decodeText', () => {
  it('decodes UTF-8 and drops a byte-order mark, as response.text() does', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"a":"é"}')]).buffer
    expect(decodeText(withBom)).toBe('{"a":"é"}')
  })
})
