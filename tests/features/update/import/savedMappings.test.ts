import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mappingFile } from '../../../../src/domain/spreadsheet/columnMapping'
import { findSavedMapping, MAPPINGS_STORAGE_KEY, saveMapping } from '../../../../src/features/update/import/savedMappings'

const headings = ['Code', 'What is measured', 'Q1 2016/17']
const file = (council: string) =>
  mappingFile(council, headings, { columns: [{ heading: 'Code', role: { field: 'ref' } }] }, '2025-01-01T00:00:00.000Z')

beforeEach(() => localStorage.clear())

describe('saved column mappings', () => {
  it('are found again by council (however its name is written) and headings', () => {
    expect(saveMapping(file('Warrington Borough Council'))).toBeUndefined()
    expect(findSavedMapping('Warrington', file('x').fingerprint)).toEqual(file('Warrington Borough Council'))
    expect(findSavedMapping('Halton Borough Council', file('x').fingerprint)).toBeUndefined()
    expect(findSavedMapping('Warrington', undefined)).toBeUndefined()
  })

  it('replace the one for the same council and headings', () => {
    saveMapping(file('Warrington Borough Council'))
    saveMapping({ ...file('Warrington Borough Council'), savedAt: '2025-04-01T00:00:00.000Z' })
    expect(JSON.parse(localStorage.getItem(MAPPINGS_STORAGE_KEY)!)).toHaveLength(1)
  })

  it.each([
    ['damaged storage', 'not json'],
    ['something else', JSON.stringify({ a: 1 })],
    ['a hand-edited entry with __proto__', `[{"__proto__": {"polluted": true}}]`],
  ])('ignore %s, and pollute nothing', (_name, raw) => {
    localStorage.setItem(MAPPINGS_STORAGE_KEY, raw)
    expect(findSavedMapping('Warrington', file('x').fingerprint)).toBeUndefined()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('drop an entry that is not a mapping, keeping the good ones', () => {
    localStorage.setItem(MAPPINGS_STORAGE_KEY, JSON.stringify([{ format: 'x' }, file('Warrington Borough Council')]))
    expect(findSavedMapping('Warrington', file('x').fingerprint)).toBeDefined()
  })

  it('say so when the browser will not keep them', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(saveMapping(file('Warrington Borough Council'))).toMatch(/did not keep the mapping/)
    setItem.mockRestore()
  })
})
