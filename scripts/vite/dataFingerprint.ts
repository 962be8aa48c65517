// A fingerprint of the scorecard data a prerendered page was drawn from: the
// manifest's text and each file's, in the manifest's order. The build puts it
// in the page (prerenderPages.ts) and prerenderGuard.js computes it again in
// the browser from the files the host serves; only when the two agree is the
// prerendered page shown. Not a security measure (anyone can serve matching
// files on purpose): it tells whether the data was replaced since the build.
//
// Self-contained on purpose: the build copies this function's source text
// into the guard script (Function.prototype.toString, as compiled for the
// build), so the browser and the build run the very same code. A 53-bit hash (cyrb53) over every UTF-16 unit,
// with each text's length, so texts moved between files change it too.
export function dataFingerprint(texts: readonly string[]): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let t = 0; t < texts.length; t++) {
    // The browser's response.text() drops a byte-order mark; so does the build.
    const raw = texts[t]!
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
    const units = String(text.length) + ':' + text + '\u0000'
    for (let i = 0; i < units.length; i++) {
      const ch = units.charCodeAt(i)
      h1 = Math.imul(h1 ^ ch, 2654435761)
      h2 = Math.imul(h2 ^ ch, 1597334677)
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}
