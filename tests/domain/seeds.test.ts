// The bundled seed data: every file validates with no issues, the manifest lists
// them all, and every transcribed figure and comment is found, exactly as
// printed, on the source line it cites.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mergeScorecards } from '../../src/domain/mergeScorecards'
import { parseScorecardJson } from '../../src/domain/parseScorecard'
import { readManifest, readSeedText, seedFileNames, SHARED_SEED_DIR, sourceLines } from '../support/seedFiles'

describe('seed files', () => {
  it('are all listed in the manifest, and the manifest lists no missing file', () => {
    expect([...readManifest().files].sort()).toEqual(seedFileNames())
  })

  it.each(seedFileNames())('%s validates with zero issues', (name) => {
    const { scorecard, issues } = parseScorecardJson(readSeedText(name), name)
    expect(issues).toEqual([])
    expect((scorecard?.indicators.length ?? 0) + (scorecard?.additions.length ?? 0)).toBeGreaterThan(0)
  })

  it('merge into one scorecard with no conflicts', () => {
    const loaded = readManifest().files.map((file) => ({ file, scorecard: parseScorecardJson(readSeedText(file), file).scorecard! }))
    const { issues } = mergeScorecards(loaded)
    expect(issues).toEqual([])
  })
})

describe('seed provenance', () => {
  it('the shared source documents are beside the project', () => {
    expect(existsSync(SHARED_SEED_DIR), `expected ${SHARED_SEED_DIR}`).toBe(true)
  })

  it.each(seedFileNames())('every printed figure and comment in %s is on the line it cites', (name) => {
    type Src = { doc: string; line?: number }
    type Item = {
      ref: string
      values?: { period: string; printed?: string; source: Src }[]
      commentary?: { period: string; text: string; source: Src }[]
      comparators?: { printed?: string; source: Src }[]
    }
    const data = JSON.parse(readSeedText(name)) as { documents: { id: string; file?: string }[]; indicators: Item[]; additions?: Item[] }
    const files = new Map(data.documents.map((d) => [d.id, d.file]))
    const cache = new Map<string, string[]>()
    const lineOf = (source: { doc: string; line?: number }) => {
      const file = files.get(source.doc)
      if (!file || source.line === undefined) return undefined
      if (!cache.has(file)) cache.set(file, sourceLines(file))
      return cache.get(file)![source.line]
    }
    const missing: string[] = []
    let checked = 0
    const check = (ref: string, what: string, text: string | undefined, source: { doc: string; line?: number }) => {
      if (!text || source.line === undefined) return
      checked++
      const line = lineOf(source)
      if (line === undefined || !line.includes(text))
        missing.push(`${ref} ${what}: "${text.slice(0, 60)}" not on ${source.doc}:${source.line}`)
    }
    for (const ind of [...data.indicators, ...(data.additions ?? [])]) {
      for (const v of ind.values ?? []) check(ind.ref, `value ${v.period}`, v.printed, v.source)
      for (const c of ind.commentary ?? []) check(ind.ref, `commentary ${c.period}`, c.text, c.source)
      for (const c of ind.comparators ?? []) check(ind.ref, 'comparator', c.printed, c.source)
    }
    expect(missing).toEqual([])
    expect(checked).toBeGreaterThan(0)
  })
})

it('source documents referenced by the seeds exist', () => {
  for (const name of seedFileNames()) {
    const data = JSON.parse(readSeedText(name)) as { documents: { file?: string }[] }
    for (const doc of data.documents) if (doc.file) expect(existsSync(join(SHARED_SEED_DIR, doc.file)), doc.file).toBe(true)
  }
})
