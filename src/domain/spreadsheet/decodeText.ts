// Text files from spreadsheets arrive as UTF-8 with or without a byte-order
// mark (Excel adds one), sometimes as UTF-16 ("Unicode text", with or without
// its mark) or as the old Windows Western encoding. Decode them all, and say
// which it was.
export type DecodedText = { text: string; encoding: string; warning?: string }

/**
 * UTF-16 without a byte-order mark, told by its pattern: text in Latin
 * letters has a zero byte in every other place (after each character in
 * little-endian, before it in big-endian), which UTF-8 text never has.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2))
  if (sample.length < 4) return undefined
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++
    if (sample[i + 1] === 0) oddZeros++
  }
  const pairs = sample.length / 2
  if (oddZeros / pairs > 0.4 && evenZeros / pairs < 0.05) return 'utf-16le'
  if (evenZeros / pairs > 0.4 && oddZeros / pairs < 0.05) return 'utf-16be'
  return undefined
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 with a byte-order mark' }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 (little-endian)' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 (big-endian)' }
  const utf16 = sniffUtf16(bytes)
  if (utf16)
    return {
      text: new TextDecoder(utf16).decode(bytes),
      encoding: `UTF-16 (${utf16 === 'utf-16le' ? 'little' : 'big'}-endian) without a byte-order mark`,
    }
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
