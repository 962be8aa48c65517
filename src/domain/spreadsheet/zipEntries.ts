// The list of files inside a zip (an .xlsx is one), read from its central
// directory without unpacking anything, so a workbook whose sheets would
// unpack to far more than any scorecard can be answered before it is opened.
export type ZipEntry = { name: string; compressedSize: number; uncompressedSize: number }

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
/** The end record is 22 bytes plus a comment of up to 65,535. */
const END_SEARCH = 22 + 0xffff
/** Sizes of 0xFFFFFFFF mean "see the ZIP64 record": more than 4 GB, or unknown; counted as too big. */
const ZIP64_MARK = 0xffffffff

/** The entries of a zip, or null when its directory cannot be read (the loader then says it is damaged). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const from = Math.max(0, bytes.length - END_SEARCH)
  let end = -1
  for (let at = bytes.length - 22; at >= from; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at
      break
    }
  }
  if (end < 0) return null
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const entries: ZipEntry[] = []
  const decoder = new TextDecoder()
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null
    const compressedSize = view.getUint32(at + 20, true)
    const uncompressedSize = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    if (at + 46 + nameLength > bytes.length) return null
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    entries.push({
      name,
      compressedSize: compressedSize === ZIP64_MARK ? Infinity : compressedSize,
      uncompressedSize: uncompressedSize === ZIP64_MARK ? Infinity : uncompressedSize,
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** The unpacked size of a workbook's sheets and shared text: what opening it costs. */
export function workbookContentSize(entries: readonly ZipEntry[]): number {
  return entries
    .filter((e) => /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(e.name))
    .reduce((sum, e) => sum + e.uncompressedSize, 0)
}
