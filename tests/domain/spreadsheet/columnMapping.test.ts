import { describe, expect, it } from 'vitest'
import { quarterPeriod } from '../../../src/domain/financialYear'
import {
  applyMapping,
  headingsFingerprint,
  mappingFile,
  MAPPING_FORMAT,
  mappingOf,
  readMappingFile,
} from '../../../src/domain/spreadsheet/columnMapping'
import { guessHeaderRow } from '../../../src/domain/spreadsheet/locateHeader'

const grid = [
  ['Code', 'What is measured', 'Q1 2016/17', 'Q2 2016/17'],
  ['CS7', 'Number of children who started to be looked after', '41', '39'],
]

describe('headingsFingerprint', () => {
  it('is the same for next quarter’s file with one more column in the same spelling, in any order', () => {
    const q2 = headingsFingerprint(['Code', 'What is measured', 'Q1 2016/17', 'Q2 2016/17'])
    expect(headingsFingerprint(['Code', 'What is measured', 'Q1 2016/17', 'Q2 2016/17', 'Q3 2016/17'])).toBe(q2)
    expect(headingsFingerprint(['What is measured', 'Code', 'Q1 2017/18'])).toBe(q2)
    expect(q2).toMatch(/^[0-9a-f]{8}$/)
  })

  it('differs when a heading differs', () => {
    expect(headingsFingerprint(['Code', 'Title', 'Q1 2016/17'])).not.toBe(headingsFingerprint(['Code', 'What is measured', 'Q1 2016/17']))
  })
})

describe('applyMapping', () => {
  const located = guessHeaderRow(grid)!
  const mapping = {
    columns: [
      { heading: 'Code', role: { field: 'ref' as const } },
      { heading: 'What is measured', role: { field: 'indicator' as const } },
      { heading: 'Q2 2016/17', role: { field: 'ignore' as const } },
    ],
  }

  it('reads each heading as the officer said, and marks it as mapped', () => {
    const mapped = applyMapping(located, mapping)
    expect(mapped.columns.map((c) => [c.header, c.match?.field ?? null, c.mapped ?? false])).toEqual([
      ['Code', 'ref', true],
      ['What is measured', 'indicator', true],
      ['Q1 2016/17', 'period', false],
      ['Q2 2016/17', null, true],
    ])
  })

  it('carries a mapped heading to a column of the same shape it does not recognise, never a period, never over a recognised heading', () => {
    const next = guessHeaderRow([['Code 2017', 'What is measured', 'Outturn Q3', 'Q3 2016/17']])!
    const mapped = applyMapping(next, {
      columns: [
        { heading: 'Code 2016', role: { field: 'ref' } },
        { heading: 'Outturn Q2', role: { field: 'period', period: quarterPeriod(2016, 2) } },
        { heading: 'Q2 2016/17', role: { field: 'ignore' } },
      ],
    })
    expect(mapped.columns.map((c) => c.match?.field ?? null)).toEqual(['ref', null, null, 'period'])
  })

  it('gives back the mapping it reads with', () => {
    const mapped = applyMapping(located, mapping)
    expect(mappingOf(mapped, false).columns.map((c) => c.role.field)).toEqual(['ref', 'indicator', 'period', 'ignore'])
  })
})

describe('readMappingFile', () => {
  const file = mappingFile(
    'Warrington Borough Council',
    ['Code', 'What is measured'],
    { columns: [{ heading: 'Code', role: { field: 'ref' } }] },
    '2025-01-01T00:00:00.000Z',
  )

  it('accepts a mapping file this app wrote', () => {
    expect(readMappingFile(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, file })
  })

  it.each([
    ['another file', { files: ['a.json'] }, /not a column mapping exported by this app/],
    [
      'an unknown role',
      { ...file, mapping: { columns: [{ heading: 'Code', role: { field: 'owner' } }] } },
      /cannot be used: mapping\.columns\.0\.role/,
    ],
    [
      'a broken period',
      { ...file, mapping: { columns: [{ heading: 'Q1', role: { field: 'period', period: { id: 'x' } } }] } },
      /cannot be used/,
    ],
    ['an extra key', { ...file, extra: 1 }, /cannot be used/],
    ['a bad fingerprint', { ...file, fingerprint: '../../x' }, /cannot be used: fingerprint/],
  ])('refuses %s, saying why', (_name, data, message) => {
    const read = readMappingFile(data)
    expect(read.ok).toBe(false)
    expect(!read.ok && read.problem).toMatch(message)
  })

  it('names its format', () => {
    expect(file.format).toBe(MAPPING_FORMAT)
  })
})
