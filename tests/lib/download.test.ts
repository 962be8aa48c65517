// Saving a file: one temporary link to a blob: URL, clicked once, removed, and
// the URL revoked only after the documented delay (some browsers read it
// after click() returns).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { REVOKE_DELAY_MS, saveFile } from '../../src/lib/download'

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('saveFile', () => {
  it('clicks a hidden download link to the blob under the given name, then revokes the URL after the delay', () => {
    vi.useFakeTimers()
    const blob = new Blob(['a,b'], { type: 'text/csv' })
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test-1')
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const clicked: Array<{ href: string; download: string; hidden: boolean; inDocument: boolean }> = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({
        href: this.getAttribute('href')!,
        download: this.download,
        hidden: this.hidden === true,
        inDocument: this.isConnected,
      })
    })

    saveFile(blob, 'cheshire-east-council_P3.17_2018-19-Q2.png')

    expect(URL.createObjectURL).toHaveBeenCalledWith(blob)
    expect(clicked).toEqual([
      { href: 'blob:test-1', download: 'cheshire-east-council_P3.17_2018-19-Q2.png', hidden: true, inDocument: true },
    ])
    expect(document.querySelector('a')).toBeNull()
    vi.advanceTimersByTime(REVOKE_DELAY_MS - 1)
    expect(revoke).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(revoke).toHaveBeenCalledWith('blob:test-1')
  })
})
