import { vi } from 'vitest'

/** An IntersectionObserver stand-in (jsdom has none): `come(element)` reports it near the window. */
export function stubIntersectionObserver() {
  const observed = new Set<Element>()
  let report: IntersectionObserverCallback = () => {}
  class Observer {
    constructor(callback: IntersectionObserverCallback) {
      report = callback
    }
    observe(element: Element) {
      observed.add(element)
    }
    unobserve(element: Element) {
      observed.delete(element)
    }
    disconnect() {
      observed.clear()
    }
  }
  vi.stubGlobal('IntersectionObserver', Observer)
  return {
    observed,
    come(element: Element) {
      report(
        [
          {
            target: element,
            isIntersecting: true,
            boundingClientRect: element.getBoundingClientRect(),
          } as unknown as IntersectionObserverEntry,
        ],
        {} as IntersectionObserver,
      )
    },
  }
}
