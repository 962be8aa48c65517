// Saving a file the app made (a chart image, a spreadsheet, the scorecard as
// JSON) through the browser's own download: nothing is sent anywhere.

/**
 * How long the file's blob: URL is kept after the download starts. Not
 * revoked at once: some browsers read the URL after click() has returned and
 * cancel the download if it has gone. Thirty seconds covers a slow, busy
 * machine; holding the blob that long costs only its memory.
 */
export const REVOKE_DELAY_MS = 30_000

/** Saves `blob` as `name` (see fileNames.ts for making names from data) through a temporary download link. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS)
}
