/**
 * The file name the server chose, from Content-Disposition: the UTF-8 `filename*` (RFC 6266 / 5987)
 * when present, since names are Chinese, else the plain `filename`.
 */
export function filenameFromDisposition(header: string | null | undefined): string | undefined {
  if (!header) return undefined
  const extended = /filename\*\s*=\s*([^;]+)/i.exec(header)
  if (extended) {
    const value = extended[1]!.trim().replace(/^"(.*)"$/, '$1')
    const encoded = value.replace(/^[\w-]+'[\w-]*'/, '')
    try {
      return decodeURIComponent(encoded)
    } catch {
      // a malformed name: fall back to the plain one
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header)
  const name = plain?.[2] ?? plain?.[1]?.trim()
  return name || undefined
}

/** Hands a downloaded file to the browser to save, under the given name. */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // some browsers read the URL after click() returns
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
