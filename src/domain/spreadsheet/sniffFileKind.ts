// What kind of file an officer gave us, from its first bytes and then its
// name: the name alone can lie (a picture renamed .xlsx), the bytes cannot.
import { decodeText, sniffUtf16 } from './decodeText'

export type FileKind = 'json' | 'csv' | 'xlsx' | 'xls' | 'binary'

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b)
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** True when the start of the file has bytes no text file contains (NUL and most control characters). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096)
  // UTF-16 text has NULs; its byte-order mark or its pattern says so.
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) return false
  if (sniffUtf16(sample)) return false
  let control = 0
  for (const b of sample) {
    if (b === 0) return true
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++
  }
  return sample.length > 0 && control / sample.length > 0.05
}

export function sniffFileKind(name: string, bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP)) return 'xlsx'
  if (startsWith(bytes, OLE)) return 'xls'
  if (looksBinary(bytes)) return 'binary'
  if (/\.json$/i.test(name)) return 'json'
  const first = decodeText(bytes.subarray(0, 128))
    .text.replace(/^\ufeff/, '')
    .trimStart()
  if (!/\.(csv|txt|tsv)$/i.test(name) && (first.startsWith('{') || first.startsWith('['))) return 'json'
  return 'csv'
}
