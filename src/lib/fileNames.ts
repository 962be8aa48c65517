// File names made from data (an authority, a scorecard's title, a ref, a
// period id): one policy, so a chart image and a spreadsheet from the same
// scorecard are named alike, and safe on every system people save them to.

/**
 * How a piece of text is written in a file name: 'words' (an authority, a
 * title) in lower case with hyphens, "Bromley Borough Council" →
 * "bromley-borough-council"; 'code' (a ref, a period id) keeps its case and its
 * dots as printed, "P3.17", "2018-19-Q2".
 */
export type SlugStyle = 'words' | 'code'

/**
 * Text from the data as one part of a file name.
 *
 * - Accents are dropped, not the letter: NFKD splits "ô" into "o" and a
 *   combining mark, and the mark goes ("Bromley Côte" → "bromley-cote").
 *   Letters with no plain-Latin decomposition ("ø", "ß") are unsafe characters.
 * - Unsafe characters: anything but ASCII letters, digits and "-" (and "." in
 *   a code) becomes one "-". That removes everything Windows forbids in a
 *   name (< > : " / \ | ? *), control characters, spaces and path
 *   separators, so a name can never point into another folder.
 * - No "-" or "." at either end: Windows drops trailing dots, a leading dot
 *   hides a file on Linux and macOS, and ".." is never a name.
 *
 * May return '' (nothing safe was left): the caller chooses the fallback.
 */
export function slugify(text: string, style: SlugStyle = 'words'): string {
  const plain = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  const safe = style === 'words' ? plain.toLowerCase().replace(/[^a-z0-9]+/g, '-') : plain.replace(/[^A-Za-z0-9.-]+/g, '-')
  return safe.replace(/^[-.]+|[-.]+$/g, '')
}
