// Reads the project's seed files and the shared source documents from disk (tests only).
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { mergeScorecards } from '../../src/domain/mergeScorecards'
import { parseScorecardJson } from '../../src/domain/parseScorecard'
import type { Scorecard } from '../../src/domain/scorecardSchema'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const SEED_DIR = join(root, 'seeds')
export const SHARED_SEED_DIR = resolve(root, '../shared/seeds')

export type Manifest = { files: string[] }

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(join(SEED_DIR, 'manifest.json'), 'utf8')) as Manifest
}

export function seedFileNames(): string[] {
  return readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
    .sort()
}

export function readSeedText(name: string): string {
  return readFileSync(join(SEED_DIR, name), 'utf8')
}

/** All seed files in manifest order, parsed and merged as the app does it. */
export function loadSeedScorecard(): Scorecard {
  const loaded = readManifest().files.map((file) => {
    const { scorecard, issues } = parseScorecardJson(readSeedText(file), file)
    if (!scorecard || issues.length) throw new Error(`${file}: ${JSON.stringify(issues)}`)
    return { file, scorecard }
  })
  const { scorecard, issues } = mergeScorecards(loaded)
  if (!scorecard || issues.length) throw new Error(JSON.stringify(issues))
  return scorecard
}

/** Lines of a shared source document, 1-based (index 0 is unused). */
export function sourceLines(fileName: string): string[] {
  return ['', ...readFileSync(join(SHARED_SEED_DIR, fileName), 'utf8').split('\n')]
}
