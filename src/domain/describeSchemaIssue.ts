// The one wording of a schema (zod) issue for the person fixing a data file:
// the path of the field it is about, and a sentence in the app's words. zod's
// own message is kept where it is already clear; a field that is not there is
// "missing" (zod says "received undefined"), and an unknown key is named as a
// field of its own (zod puts it on the object, which would read "(file)").
import type { z } from 'zod/mini'
import { capitalise } from './wording'

export type SchemaProblem = { path: PropertyKey[]; message: string }

const EXPECTED_WORDS = new Map<string, string>([
  ['string', 'text'],
  ['number', 'a number'],
  ['boolean', 'true or false'],
  ['object', 'an object ({…})'],
  ['array', 'a list ([…])'],
])

/** The value at `path` inside `input`, reading only own properties; `found` is false when some step is not there. */
function valueAt(input: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let value = input
  for (const part of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return { found: false, value: undefined }
    value = (value as Record<PropertyKey, unknown>)[part]
  }
  return { found: value !== undefined, value }
}

/** What a value is, for "must be a number, not text". */
function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string':
      return 'text'
    case 'number':
      return Number.isFinite(value) ? 'a number' : String(value)
    case 'boolean':
      return String(value)
    case 'object':
      return 'an object'
    default:
      return typeof value
  }
}

/** A sentence: zod's refinements are written as clauses ("must not be blank"). */
const sentence = (text: string) => capitalise(/[.!?]$/.test(text) ? text : `${text}.`)

const quoted = (options: readonly unknown[]) => options.map((o) => `"${String(o)}"`).join(', ')

/** What the field had to be, when zod says: "text", "one of "a", "b"". */
function expectedOf(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return EXPECTED_WORDS.get(issue.expected) ?? issue.expected
    case 'invalid_value':
      return `one of ${quoted(issue.values)}`
    case 'invalid_union': {
      // A discriminated union with no matching discriminator lists its options.
      const options = (issue as { options?: unknown }).options
      return Array.isArray(options) ? `one of ${quoted(options)}` : undefined
    }
    default:
      return undefined
  }
}

/** The issues of one failed parse of `input`, each with its path and the app's sentence for it. */
export function describeSchemaIssues(error: z.core.$ZodError, input: unknown): SchemaProblem[] {
  return error.issues.flatMap((issue): SchemaProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...issue.path, key],
        message: `Unknown key "${key}": the format has no such field (check its spelling).`,
      }))
    }
    const expected = expectedOf(issue)
    const { found, value } = valueAt(input, issue.path)
    if (expected !== undefined && !found) return [{ path: issue.path, message: `Missing: it must be ${expected}.` }]
    if (issue.code === 'invalid_type' && expected !== undefined) {
      const finite = issue.expected === 'number' && typeof value === 'number' ? 'a finite number' : expected
      return [{ path: issue.path, message: `Must be ${finite}, not ${kindOf(value)}.` }]
    }
    return [{ path: issue.path, message: sentence(issue.message) }]
  })
}
