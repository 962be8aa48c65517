// Which council a file is for, from what it says: a JSON file's authority,
// or the title rows above a spreadsheet's headings ("Warrington Borough
// Council – Corporate Parenting Scorecard 2016/17"). Names are compared as
// councils write them: "Warrington Borough Council" and "Warrington" are the
// same council; "North Somerset" and "Somerset" are not.

/** A council's name reduced to what tells it apart: no "Council", "Borough of", punctuation or case. */
export function councilKey(name: string): string {
  let key = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bst\./g, 'st')
    .replace(/^(.*),\s*(city|county) of$/, '$2 of $1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  key = key.replace(/^the /, '')
  key = key.replace(/ (metropolitan borough|borough|county|city|district)? ?council$/, '').replace(/ council$/, '')
  key = key.replace(/ (borough|county|city)$/, '')
  const stripped = key.replace(/^(london borough of|royal borough of|borough of|county of|city of|city and county of) /, '')
  // "City of London" is a council; "London" alone is a region.
  return stripped === 'london' ? key : stripped
}

export function sameCouncil(a: string, b: string): boolean {
  const [x, y] = [councilKey(a), councilKey(b)]
  return x !== '' && x === y
}

/**
 * The council a text names, from a list of council names (the official list
 * of English councils): the longest name found as whole words, so "North
 * Somerset Council" is North Somerset, not Somerset. A one-word name that is
 * also an English word (Reading, Bury) counts only before "Council",
 * "Borough", "City" or "County", or as the whole line. Without a list, a
 * phrase ending in "Council" is taken as the name. Undefined when none.
 */
export function councilNamedIn(texts: readonly string[], names: readonly string[]): string | undefined {
  const lines = texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean)
  if (lines.length === 0) return undefined
  const words = lines.map(wordsOf)
  let best: { name: string; length: number } | undefined
  for (const name of names) {
    const key = councilKey(name)
    if (key.length < 3 || (best && key.length <= best.length)) continue
    const oneWord = !key.includes(' ')
    const found = words.some((line) =>
      oneWord
        ? line === ` ${key} ` || new RegExp(` ${key} (council|borough|city|county|metropolitan) `).test(line)
        : line.includes(` ${key} `),
    )
    if (found) best = { name, length: key.length }
  }
  if (best) return best.name
  for (const line of lines) {
    const phrase = COUNCIL_PHRASE.exec(line)
    if (phrase) return phrase[0]
  }
  return undefined
}

/** A line's words as a council key has them (lower case, no punctuation), padded with spaces for whole-word search. */
function wordsOf(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bst\./g, 'st')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  return ` ${words} `
}

/** "Warrington Borough Council", "Kingston upon Hull City Council": capitalised words ending in Council. */
const COUNCIL_PHRASE =
  /\b[A-Z][\p{L}'’.-]*(?: (?:[A-Z][\p{L}'’.-]*|and|upon|on|of|the|with|in|under))*? (?:Metropolitan )?(?:Borough |County |City |District )?Council\b/u

/** The name a council's own scorecard prints: the phrase ending "Council" in the title rows, else the official name and "Council". */
export function councilTitle(officialName: string, texts: readonly string[] = []): string {
  for (const text of texts) {
    const phrase = COUNCIL_PHRASE.exec(text)
    if (phrase && sameCouncil(phrase[0], officialName)) return phrase[0]
  }
  const name = officialName.replace(/^(.*),\s*(City|County) of$/, '$2 of $1')
  return /council$/i.test(name) ? name : `${name} Council`
}
