// @vitest-environment node
// `npm run official-stats -- --check`: the committed dataset is exactly what
// ../shared/official-stats gives. Runs where the shared sources are beside the
// project (every developer and CI); the app's own tests need only the
// committed files.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildOfficialFiles, type OfficialFiles } from '../../../scripts/official-stats/buildOfficialFiles'
import { differencesFromDisk } from '../../../scripts/official-stats/officialStatsCommand'
import { OFFICIAL_DIR, SHARED_OFFICIAL_DIR } from '../../support/officialFiles'

describe.skipIf(!existsSync(SHARED_OFFICIAL_DIR))('official statistics --check', () => {
  let built: OfficialFiles
  let copy: string
  beforeAll(async () => {
    built = await buildOfficialFiles(SHARED_OFFICIAL_DIR)
    copy = mkdtempSync(join(tmpdir(), 'official-'))
    cpSync(OFFICIAL_DIR, copy, { recursive: true })
  }, 120_000)
  afterAll(() => rmSync(copy, { recursive: true, force: true }))

  it('the committed files are what the sources give', () => {
    expect(differencesFromDisk(built.files, OFFICIAL_DIR)).toEqual([])
  })

  it('reports every year shape and the EES disagreements it keeps', () => {
    expect(built.report.yearShapes.map((s) => `${s.shape} ${s.yearType}`)).toContain('9999-99 (OT) Financial Year')
    expect(built.report.droppedYearTexts).toEqual(['CINPermExclusion "0": 170 rows, all "-" (no period; dropped)'])
    expect(built.report.disagreements).toBe(6)
  })

  it('names a changed, a missing and an extra file', () => {
    writeFileSync(join(copy, 'la/895.json'), '{}\n')
    rmSync(join(copy, 'measure/LACnum.json'))
    writeFileSync(join(copy, 'stray.json'), '{}\n')
    expect(differencesFromDisk(built.files, copy)).toEqual([
      'differs: la/895.json',
      'missing: measure/LACnum.json',
      'not made by the conversion: stray.json',
    ])
  })

  it('the command exits non-zero with a clear message when the files differ', () => {
    const run = spawnSync(process.execPath, ['scripts/official-stats/run.mjs', '--check', '--out', copy], {
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('does not match what ../shared/official-stats gives (3 files)')
    expect(run.stderr).toContain('differs: la/895.json')
  }, 120_000)
})
