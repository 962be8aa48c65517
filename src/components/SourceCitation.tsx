import { describeSourceForCommittee, sourceDocument } from '../domain/describeIndicator'
import type { SourceDocument, SourceRef } from '../domain/scorecardSchema'

/** A source as a committee member reads it (document, date, page), linked to the document where the data gives its address. */
export function SourceCitation({ source, documents }: { source: SourceRef; documents: readonly SourceDocument[] }) {
  const text = describeSourceForCommittee(source, documents)
  const url = sourceDocument(source, documents)?.url
  return url ? <a href={url}>{text}</a> : <>{text}</>
}
