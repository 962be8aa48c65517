// The product is council-neutral: no council's name, committee, forward plan
// or pledges is written in the code; they come from the data. This reads
// every file of the app's source and build plugins for the words the bundled
// seed data gives (its authorities, committee, forward plan and the wording
// of its sections), so moving any of them back into code fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Scorecard } from '../../src/domain/scorecardSchema'
import { loadSeedScorecard, readManifest, readSeedText } from '../support/seedFiles'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const CODE = ['src', 'scripts/vite', 'index.html']

function filesUnder(path: string): string[] {
  if (!statSync(join(root, path)).isDirectory()) return [path]
  return readdirSync(join(root, path)).flatMap((name) => filesUnder(join(path, name)))
}

/** The council's own words in the seed data: what must never be in code. */
function councilWords(scorecard: Scorecard, authorities: readonly string[]): string[] {
  const { committee } = scorecard
  return [
    ...authorities,
    // "Cheshire East Council" → "Cheshire East" too, as the DfE's list names it.
    ...authorities.map((a) => a.replace(/\s+(Borough|City|County)?\s*Council$/i, '')),
    committee?.name,
    committee?.forwardPlan?.title,
    ...(committee?.meetings.flatMap((m) => [m.focus?.text, m.scorecard?.text]) ?? []),
    ...scorecard.sections.flatMap((s) => [s.statement, s.number !== undefined ? s.title : undefined]),
  ].filter((w): w is string => typeof w === 'string' && w.length > 0)
}

const seed = loadSeedScorecard()
const authorities = [...new Set(readManifest().files.map((f) => (JSON.parse(readSeedText(f)) as { authority: string }).authority))]
const words = [...new Set(councilWords(seed, authorities))]
const files = CODE.flatMap(filesUnder).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8').toLowerCase() }))

describe('no council in the code', () => {
  it('reads the seed’s council words and the code it checks', () => {
    // A check that finds nothing to look for, or nowhere to look, proves nothing.
    expect(words).toEqual(expect.arrayContaining(['Cheshire East Council', 'Cheshire East', 'Corporate Parenting Committee']))
    expect(words).toContain('We will work to achieve permanence and keep children safe')
    expect(words.length).toBeGreaterThan(15)
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['src/app/AppLayout.tsx', 'scripts/vite/prerenderPages.ts', 'index.html']),
    )
  })

  it('finds no council name, committee name, forward plan or pledge text in src/, scripts/vite or index.html', () => {
    const found = files.flatMap(({ path, text }) => words.filter((w) => text.includes(w.toLowerCase())).map((w) => `${path}: "${w}"`))
    expect(found).toEqual([])
  })

  it('would find one', () => {
    const planted = `const footer = 'Figures from ${seed.committee!.name} papers'`.toLowerCase()
    expect(words.some((w) => planted.includes(w.toLowerCase()))).toBe(true)
  })
})
