// Natural order for indicator refs, as on the paper scorecard: G1 < P1.1 <
// P1.2 < P1.10 < P2.1. A plain string sort would put P1.10 before P1.2.

type Token = number | string
/** A ref split into its text and number parts, compared by compareRefKeys: work it out once per ref when sorting many. */
export type RefKey = { ref: string; tokens: Token[] }

export function refKey(ref: string): RefKey {
  return { ref, tokens: tokens(ref) }
}

function tokens(ref: string): Token[] {
  return ref
    .trim()
    .toLowerCase()
    .split(/(\d+)/)
    .filter((t) => t !== '')
    .map((t) => (/^\d+$/.test(t) ? Number(t) : t))
}

function compareTokens(a: Token, b: Token): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  // A number sorts before text in the same place ("P1" before "PA").
  if (typeof a === 'number') return -1
  if (typeof b === 'number') return 1
  return a < b ? -1 : a > b ? 1 : 0
}

export function compareRefs(a: string, b: string): number {
  return compareRefKeys(refKey(a), refKey(b))
}

export function compareRefKeys({ ref: a, tokens: ta }: RefKey, { ref: b, tokens: tb }: RefKey): number {
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const diff = compareTokens(ta[i]!, tb[i]!)
    if (diff !== 0) return diff
  }
  if (ta.length !== tb.length) return ta.length - tb.length
  // Same tokens written differently ("P01" and "P1"): keep the order stable.
  return a < b ? -1 : a > b ? 1 : 0
}
