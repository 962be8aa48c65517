// Fetches one official data file and checks its shape (checkOfficialFile). A
// missing, damaged or unexpected file is an OfficialDataError whose message
// names the file and says what to do; the view shows it, nothing crashes.
import { checkOfficialFile, type OfficialFileKind, type OfficialFileKinds } from '../domain/official/checkOfficialFile'
import { fetchDataText, looksLikeHtml, type FetchOptions } from './fetchDataText'
import { officialUrl } from './officialDataSource'

export class OfficialDataError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'OfficialDataError'
  }
}

const PUBLISHER = 'this app (the official data files)'

export async function loadOfficialFile<K extends OfficialFileKind>(
  kind: K,
  path: string,
  options: FetchOptions & { base?: string } = {},
): Promise<OfficialFileKinds[K]> {
  const fail = (message: string) => new OfficialDataError(message)
  const text = await fetchDataText(officialUrl(path, options.base), options, { publisher: PUBLISHER, fail, name: path })
  if (looksLikeHtml(text))
    throw fail(
      `The server sent a web page instead of ${path}. The address of the official data may be wrong; tell whoever publishes ${PUBLISHER}.`,
    )
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw fail(`${path} is damaged (not valid JSON). Try again; if it keeps happening, tell whoever publishes ${PUBLISHER}.`)
  }
  const checked = checkOfficialFile(kind, data, path)
  if (!checked.ok) throw fail(`${checked.problem} Tell whoever publishes ${PUBLISHER}.`)
  return checked.file
}
