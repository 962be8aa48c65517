import { describe, expect, it } from 'vitest'
import { sniffFileKind } from '../../../src/domain/spreadsheet/sniffFileKind'

const text = (s: string) => new TextEncoder().encode(s)

describe('sniffFileKind', () => {
  it.each([
    ['a.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'xlsx'],
    ['named.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'xlsx'],
    ['a.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'xls'],
    ['picture.xlsx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), 'binary'],
    ['a.json', text('{"format": 1}'), 'json'],
    ['no-extension', text('\ufeff  {"format": 1}'), 'json'],
    ['a.csv', text('Ref,Indicator'), 'csv'],
    ['a.csv', text('[not json] but csv'), 'csv'],
    ['a.txt', text('Ref;Indicator'), 'csv'],
    ['utf16.csv', new Uint8Array([0xff, 0xfe, 0x52, 0, 0x65, 0]), 'csv'],
    ['utf16-no-bom.csv', new Uint8Array([0x52, 0, 0x65, 0, 0x66, 0, 0x2c, 0, 0x49, 0]), 'csv'],
    ['utf16-no-bom.txt', new Uint8Array([0, 0x52, 0, 0x65, 0, 0x66, 0, 0x2c, 0, 0x49]), 'csv'],
  ])('%s is %s', (name, bytes, kind) => {
    expect(sniffFileKind(name, bytes)).toBe(kind)
  })
})
