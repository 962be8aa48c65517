import { describe, expect, it } from 'vitest'
import { decodeText } from '../../../src/domain/spreadsheet/decodeText'

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)))

describe('decodeText', () => {
  it.each([
    ['UTF-8', bytes('Ref,£3,561'), 'Ref,£3,561', 'UTF-8'],
    ['UTF-8 with a byte-order mark', bytes([0xef, 0xbb, 0xbf], 'Ref,£3'), 'Ref,£3', 'UTF-8 with a byte-order mark'],
    ['UTF-16 little-endian', new Uint8Array([0xff, 0xfe, 0x52, 0, 0x65, 0, 0x66, 0]), 'Ref', 'UTF-16 (little-endian)'],
    ['UTF-16 big-endian', new Uint8Array([0xfe, 0xff, 0, 0x52, 0, 0x65, 0, 0x66]), 'Ref', 'UTF-16 (big-endian)'],
  ])('%s', (_name, input, text, encoding) => {
    expect(decodeText(input)).toEqual({ text, encoding })
  })

  it.each([
    ['little-endian', 'utf-16le', 'UTF-16 (little-endian) without a byte-order mark'],
    ['big-endian', 'utf-16be', 'UTF-16 (big-endian) without a byte-order mark'],
  ] as const)('recognises UTF-16 %s without a byte-order mark', (_name, encoding, words) => {
    const text = 'Ref,Indicator,Qu 1 18-19\r\nG1,Number of cared for children,496'
    const units = [...text].map((c) => c.charCodeAt(0))
    const raw = new Uint8Array(units.flatMap((u) => (encoding === 'utf-16le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])))
    expect(decodeText(raw)).toEqual({ text, encoding: words })
  })

  it('falls back to Windows-1252, with a warning, when the bytes are not UTF-8', () => {
    const decoded = decodeText(bytes('Target,', [0xa3], '760'))
    expect(decoded.text).toBe('Target,£760')
    expect(decoded.encoding).toBe('Windows-1252')
    expect(decoded.warning).toMatch(/not UTF-8/)
  })
})
