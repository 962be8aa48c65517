// The prerendered pages show only when the data the host serves has the
// fingerprint the build drew them from; any change to the data must change it.
import { describe, expect, it } from 'vitest'
import { dataFingerprint } from '../../../scripts/vite/dataFingerprint'
import { readManifest, readSeedText } from '../../support/seedFiles'

const manifest = JSON.stringify(readManifest())
const seeds = readManifest().files.map(readSeedText)

describe('dataFingerprint', () => {
  it('is the same for the same texts, every time', () => {
    expect(dataFingerprint([manifest, ...seeds])).toBe(dataFingerprint([manifest, ...seeds]))
    expect(dataFingerprint([manifest, ...seeds])).toMatch(/^[0-9a-z]+$/)
  })

  it('changes when one figure, the authority, a file or the order of files changes', () => {
    const base = dataFingerprint([manifest, ...seeds])
    const main = seeds[0]!
    expect(dataFingerprint([manifest, main.replace('"printed": "91.0%"', '"printed": "91.1%"'), ...seeds.slice(1)])).not.toBe(base)
    expect(dataFingerprint([manifest, main.replace('Cheshire East Council', 'Another Council'), ...seeds.slice(1)])).not.toBe(base)
    expect(dataFingerprint([manifest, ...seeds.slice(0, -1)])).not.toBe(base)
    expect(dataFingerprint([manifest, ...[...seeds].reverse()])).not.toBe(base)
    // Text moved from the end of one file to the start of the next.
    expect(dataFingerprint(['ab', 'c'])).not.toBe(dataFingerprint(['a', 'bc']))
  })

  it('ignores a byte-order mark, as the browser’s response.text() does', () => {
    expect(dataFingerprint(['\uFEFF{"files":[]}'])).toBe(dataFingerprint(['{"files":[]}']))
  })

  it('is self-contained, so the build can copy its source into the guard script', () => {
    const copied = new Function(`return (${dataFingerprint.toString()})`)() as typeof dataFingerprint
    expect(copied([manifest, ...seeds])).toBe(dataFingerprint([manifest, ...seeds]))
  })
})
