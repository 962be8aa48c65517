import { describe, expect, it } from 'vitest'
import type { Scorecard } from '../../../../src/domain/scorecardSchema'
import type { ImportReport } from '../../../../src/features/update/import/buildImport'
import { IMPORT_IDLE, importPanelReducer, type ImportState } from '../../../../src/features/update/import/importPanelState'

const base = { title: 'base' } as unknown as Scorecard
const outcome = (fileName: string): ImportReport => ({
  fileName,
  kind: 'csv',
  entries: [],
  candidate: { authority: 'Cheshire East Council', indicators: 58, sections: 6 },
  startsNew: false,
  changes: [],
  summary: { added: ['N1'], updated: ['G1', 'G2'], unchanged: [], notInFile: [] },
  questions: [],
  newIndicators: [],
})

describe("the import panel's steps", () => {
  it('reads, reviews and imports a file', () => {
    let state: ImportState = IMPORT_IDLE
    state = importPanelReducer(state, { type: 'read-started', name: 'q3.csv' })
    expect(state).toEqual({ step: 'reading', name: 'q3.csv' })
    state = importPanelReducer(state, { type: 'read', outcome: outcome('q3.csv'), base })
    expect(state).toMatchObject({ step: 'review', base })
    state = importPanelReducer(state, { type: 'imported', outcome: outcome('q3.csv') })
    expect(state).toEqual({
      step: 'done',
      message: 'Imported q3.csv: 1 added, 2 updated. Every view now shows it. “Restore the previous version” above undoes this.',
    })
  })

  it('a file that cannot be read says which and that nothing changed', () => {
    expect(importPanelReducer(IMPORT_IDLE, { type: 'read-failed', name: 'a.csv', reason: 'permission denied' })).toEqual({
      step: 'failed',
      message: 'a.csv could not be read (permission denied). The current scorecard is unchanged.',
    })
  })

  it('only a file under review can be imported; closing goes back to the start', () => {
    const reading: ImportState = { step: 'reading', name: 'q3.csv' }
    expect(importPanelReducer(reading, { type: 'imported', outcome: outcome('q3.csv') })).toBe(reading)
    const review = importPanelReducer(reading, { type: 'read', outcome: outcome('q3.csv'), base })
    expect(importPanelReducer(review, { type: 'closed' })).toEqual({ step: 'idle' })
  })
})
