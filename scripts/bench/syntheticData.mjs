// Synthetic scorecards as JSON text, N indicators × 40 quarters, for the
// steps that measure at sizes beyond the seed. Built once per size and shared
// by the steps of one run, so every step measures the same bytes.
//
// The generator is the one the app's fault tests use, so the bench and the
// tests load the same data; it lives in scripts/lib and, being TypeScript, is
// loaded here through Vite.
import { withAppModules } from '../lib/appModules.mjs'

export const SYNTHETIC_PERIODS = 40

const built = new Map()

/** The JSON text for each size, as a Map from size to text. */
export async function syntheticScorecardJson(sizes) {
  const missing = sizes.filter((size) => !built.has(size))
  if (missing.length > 0) {
    await withAppModules(async (load) => {
      const { syntheticScorecard } = await load('/scripts/lib/syntheticScorecard.ts')
      for (const size of missing) built.set(size, JSON.stringify(syntheticScorecard(size, SYNTHETIC_PERIODS)))
    })
  }
  return new Map(sizes.map((size) => [size, built.get(size)]))
}
