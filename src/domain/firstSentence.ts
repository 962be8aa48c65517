// The first sentence of a verbatim comment, for a card with room for one: the
// text exactly as printed up to its first full stop, question or exclamation
// mark that ends a sentence (one followed by a space and a capital or a
// figure, or the end). Never reworded; a cut says so with "…".

/** The first sentence, and whether more of the comment follows it. */
export function firstSentence(text: string): { sentence: string; more: boolean } {
  const clean = text.replace(/\s+/g, ' ').trim()
  const end = /[.!?](?=\s+[A-Z0-9"“‘(]|$)/.exec(clean)
  if (!end) return { sentence: clean, more: false }
  const sentence = clean.slice(0, end.index + 1)
  return { sentence, more: sentence.length < clean.length }
}
