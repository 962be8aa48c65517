// The one file-name policy: accents dropped (not the letter), nothing Windows
// or a shell would choke on, nothing that climbs out of a folder.
import { describe, expect, it } from 'vitest'
import { slugify } from '../../src/lib/fileNames'

/** Characters Windows forbids in a file name (the control characters are checked apart). */
const WINDOWS_UNSAFE = /[<>:"/\\|?*]/
const hasControl = (text: string) => [...text].some((c) => c.charCodeAt(0) < 0x20)

describe('slugify', () => {
  it('writes words in lower case with hyphens', () => {
    expect(slugify('Cheshire East Council')).toBe('cheshire-east-council')
    expect(slugify('Corporate Parenting Scorecard 2018-19')).toBe('corporate-parenting-scorecard-2018-19')
    expect(slugify('  Brighton & Hove City Council  ')).toBe('brighton-hove-city-council')
  })

  it('drops accents and keeps the letters', () => {
    expect(slugify('Bromley Côte')).toBe('bromley-cote')
    expect(slugify('Ynys Môn')).toBe('ynys-mon')
    expect(slugify('Rhondda Cynon Taf – Ysgol Gymraeg Llanhari')).toBe('rhondda-cynon-taf-ysgol-gymraeg-llanhari')
    expect(slugify('Réf É1.2', 'code')).toBe('Ref-E1.2')
    // No plain-Latin form: an unsafe character like any other.
    expect(slugify('Tromsø')).toBe('troms')
  })

  it('keeps a code’s case and dots, as printed', () => {
    expect(slugify('P3.17', 'code')).toBe('P3.17')
    expect(slugify('2018-19-Q2', 'code')).toBe('2018-19-Q2')
    expect(slugify('S5/1 (a)', 'code')).toBe('S5-1-a')
    // Words do not keep dots: "v1.2" is not a file extension.
    expect(slugify('Scorecard v1.2')).toBe('scorecard-v1-2')
  })

  it('leaves nothing unsafe on Windows and nothing that reaches another folder', () => {
    const hostile = ['../../etc/passwd', 'CON:', 'a<b>c"d|e?f*g', 'C:\\Windows\\system32', 'tab\there', '...', '.hidden', 'trailing. ']
    for (const text of hostile) {
      for (const style of ['words', 'code'] as const) {
        const slug = slugify(text, style)
        expect(slug, `${style}: ${text}`).not.toMatch(WINDOWS_UNSAFE)
        expect(hasControl(slug), `${style}: ${text}`).toBe(false)
        expect(slug, `${style}: ${text}`).not.toMatch(/^[.-]|[.-]$|\s/)
      }
    }
    expect(slugify('../../etc', 'code')).toBe('etc')
    expect(slugify('...', 'code')).toBe('')
    expect(slugify('')).toBe('')
  })
})
