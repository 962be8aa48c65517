// A result's reason sentence, built when first read rather than when the
// result is made: a view assesses every indicator (10,000 in a region's
// scorecard) but shows few reasons, and formatting the figures in them is the
// costly part. The reason stays an ordinary enumerable property of a plain
// object (it is in Object.keys, spreads and JSON), read through one getter
// shared by every result: a getter written in each object literal is a new
// function per result, which made building a result many times slower.
const BUILD = Symbol('build reason')

type WithBuild = { [BUILD]: () => string }

const REASON: PropertyDescriptor = {
  get(this: WithBuild) {
    return this[BUILD]()
  },
  enumerable: true,
  configurable: true,
}

/** Gives `target` a `reason` that `build` makes when it is read, each time it is read; returns `target`. */
export function defineReason<T extends object>(target: T, build: () => string): T & { reason: string } {
  // Not enumerable, so keys, spreads, JSON and equality checks see only the reason.
  Object.defineProperty(target, BUILD, { value: build })
  return Object.defineProperty(target, 'reason', REASON) as T & { reason: string }
}
