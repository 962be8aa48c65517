// Text files from spreadsheets arrive as UTF-8 with or without a byte-order
// mark (Excel adds one), sometimes as UTF-16 ("Unicode text") or as the old
// Windows Western encoding. Decode them all, and say which it was.
export type DecodedText = { text: string; encoding: string; warning?: string }

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 with a byte-order mark' }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 (little-endian)' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 (big-endian)' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' }
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'Windows-1252',
      warning:
        'The file is not UTF-8, so it was read as Windows-1252 (Western European). Check that £ signs and accented letters look right.',
    }
  }
}
