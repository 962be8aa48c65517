// Which official council a scorecard is for. A scorecard names its authority
// in its own words ("Leeds City Council", "London Borough of Camden"); the
// DfE's list says "Leeds", "Camden". A name matches when the two are
// the same once case, punctuation and the words councils add to their names
// are set aside; an LA number ("383") or ONS code ("E08000035") matches
// exactly. A name that fits two councils matches neither.
import type { OfficialArea } from './officialDataset'

/** Words that say what kind of body it is, not which one. */
const BODY_WORDS = new Set(['council', 'corporation', 'the'])
const KIND_WORDS = new Set(['borough', 'metropolitan', 'county', 'city', 'of', 'royal', 'london', 'district', 'unitary', 'authority'])

function words(name: string): string[] {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '' && !BODY_WORDS.has(w))
}

const loose = (ws: string[]) => ws.filter((w) => !KIND_WORDS.has(w)).join(' ')

/** The current council (`kind: "la"`) that `text` names, by LA number, ONS code or name; undefined when none or several fit. */
export function findCouncil(areas: readonly OfficialArea[], text: string | undefined): OfficialArea | undefined {
  const wanted = text?.trim()
  if (!wanted) return undefined
  const councils = areas.filter((a) => a.kind === 'la')
  const byCode = councils.find((a) => String(a.la) === wanted || a.code?.toLowerCase() === wanted.toLowerCase())
  if (byCode) return byCode
  const own = words(wanted)
  const exact = councils.filter((a) => words(a.name).join(' ') === own.join(' '))
  if (exact.length === 1) return exact[0]
  const key = loose(own)
  if (key === '') return undefined
  const near = councils.filter((a) => loose(words(a.name)) === key)
  return near.length === 1 ? near[0] : undefined
}
