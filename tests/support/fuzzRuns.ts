// How many cases a fuzz property runs. CI runs the counts written in each test
// (thousands in all, within about a minute); `npm run fuzz` sets FUZZ_RUNS for
// a nightly-size run of the same properties. `share` scales it for the slow
// properties (a view rendered per case), so one FUZZ_RUNS suits them all.
export function fuzzRuns(inCi: number, share = 1): number {
  const asked = Number(process.env.FUZZ_RUNS)
  if (!Number.isFinite(asked) || asked <= 0) return inCi
  return Math.max(inCi, Math.round(asked * share))
}

/** A seed to replay a failure with: FUZZ_SEED=<seed from the report> npm run fuzz. */
export function fuzzSeed(): { seed?: number } {
  const seed = Number(process.env.FUZZ_SEED)
  return Number.isInteger(seed) ? { seed } : {}
}

/** A test timeout for `runs` cases of about `msPerCase` each on a busy 2-core machine (never less than the usual 15 s). */
export function fuzzTimeout(runs: number, msPerCase: number): number {
  return Math.max(15_000, Math.ceil(runs * msPerCase * 4))
}
