// A result's reason sentence, built when it is read rather than when the
// result is made: a view assesses every indicator (10,000 in a region's
// scorecard) but shows few reasons, and formatting the figures in them is the
// costly part.
//
// The reason stays an ordinary enumerable property of the result, in its
// place among the fields (Object.keys, spreads, JSON and equality see it).
// It is read through one getter that every result shares, which calls a named
// function with the few facts the sentence needs, kept in private fields
// (so a result is an instance of the small class below, not a plain object;
// nothing reads its prototype). A getter written in each result's literal,
// closing over its scope, made building a result several times slower and
// kept that whole scope alive: a third of what assessing 10,000 indicators
// held in memory.

/** Builds a reason from its result and the facts it was given. */
export type ReasonMaker<R, F> = (result: R, facts: F) => string

class Reasoned<F> {
  readonly #make: ReasonMaker<never, F>
  readonly #facts: F

  constructor(make: ReasonMaker<never, F>, facts: F) {
    this.#make = make
    this.#facts = facts
  }

  static readonly reason: PropertyDescriptor = {
    get(this: Reasoned<unknown>) {
      return this.#make(this as never, this.#facts)
    },
    enumerable: true,
    configurable: true,
  }
}

/**
 * `fields`, then a `reason` that `make(result, facts)` builds each time it is
 * read. `make` should be a function declared once, not a new closure per
 * result (see above).
 */
export function withReason<T extends object, F>(fields: T, make: ReasonMaker<T, F>, facts: F): T & { reason: string } {
  const result = Object.assign(new Reasoned(make, facts), fields)
  return Object.defineProperty(result, 'reason', Reasoned.reason) as typeof result & { reason: string }
}
