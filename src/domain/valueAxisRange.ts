// Where a trend chart's value axis starts. From zero, except for a percentage
// whose figures, target and comparators all sit so high on its 0–100 scale
// that a real change would be a flat line: school attendance moving from 97%
// to 95% against a 96% target is 2% of a 0–100% axis, too small to see or to
// tell which side of the target it is. Then the axis starts at a round number
// below the lowest of them, and the chart and its text alternative both say
// so ("axis starts at 90%"). We start the axis higher rather than annotate the
// change because the question a committee asks is where the figure stands
// against its target, and an annotation on a flat line cannot show that.
// Counts, days and money keep a zero-based axis: there the height of the line
// above zero is itself the figure, and a raised axis would make 51 children
// look like a fraction of 57.
import type { Unit } from './scorecardSchema'

/**
 * Below this share of a zero-based axis, the spread of the numbers is too
 * small to read; a fifth of the chart's height is a change anyone can see.
 */
const READABLE_SHARE = 1 / 5

/** The least span of a raised axis, so a tiny change is not blown up: 10 percentage points. */
const LEAST_SPAN = 10

/** A round step (1, 2 or 5 times a power of ten) at most `span`. */
function roundStepBelow(span: number): number {
  const power = 10 ** Math.floor(Math.log10(span))
  const scaled = span / power
  return (scaled >= 5 ? 5 : scaled >= 2 ? 2 : 1) * power
}

/** A round step (1, 2 or 5 times a power of ten) at least `span`. */
function roundStepAbove(span: number): number {
  const power = 10 ** Math.floor(Math.log10(span))
  const scaled = span / power
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power
}

const tidy = (n: number) => Number(n.toPrecision(12))

/**
 * The value axis: from zero (the chart library then chooses the top and the
 * ticks), or, raised, from `start` to `end` in ticks `step` apart, all round
 * numbers, with every drawn number inside and a percentage's top at most 100%
 * unless a figure is above it.
 */
export type ValueAxisRange = { start: 0 } | { start: number; end: number; step: number }

/** About this many ticks on a raised axis. */
const TICKS = 5

export function valueAxisRange(numbers: readonly number[], unit: Unit): ValueAxisRange {
  if (unit !== 'percent') return { start: 0 }
  const finite = numbers.filter((n) => Number.isFinite(n))
  const low = Math.min(...finite)
  const high = Math.max(...finite)
  // One number (or none) has no change to show.
  if (finite.length === 0 || low === high || low <= 0 || high - low >= high * READABLE_SHARE) return { start: 0 }
  // Leave as much room below the lowest number as the numbers span (at least
  // half the least span), so the figures fill the upper part of the chart.
  const room = Math.max(high - low, LEAST_SPAN / 2)
  const start = tidy(Math.floor((low - room) / roundStepBelow(room)) * roundStepBelow(room))
  if (start <= 0) return { start: 0 }
  const step = roundStepAbove((high - start) / TICKS)
  const end = Math.min(tidy(start + Math.ceil((high - start) / step) * step), Math.max(100, high))
  return { start, end, step }
}
