// The server's upload limits (GET /api/v1/settings), applied before a byte is sent: a file above
// them would only be refused after a long upload, or cut off with no explanation at all when it
// is above the HTTP body limit.

/** Which of the server's limits a file falls under. */
export type FileKind = 'photo' | 'document' | 'excel'

const PHOTO_NAME = /\.(jpe?g|png|gif|webp|hei[cf])$/i

/** A photo (JPEG, PNG, GIF, WebP, HEIC) rather than a document, as the server will tell them apart. */
export function isPhotoFile(file: Blob): boolean {
  if (file.type.startsWith('image/')) return true
  // phones do not always give HEIC pictures a type
  return !file.type && file instanceof File && PHOTO_NAME.test(file.name)
}

const MB = 1024 * 1024
const KB = 1024

/** A limit as people read it: 15 MB, 1.5 MB, 500 KB. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`
  if (bytes >= KB) return `${Math.round(bytes / KB)} KB`
  return `${bytes} B`
}

/** A file refused in the browser for its size; `message` is already in the user's language. */
export class FileTooLargeError extends Error {
  constructor(
    readonly kind: FileKind,
    readonly limit: number,
    message: string,
  ) {
    super(message)
    this.name = 'FileTooLargeError'
  }
}

/** True when the file is above the limit; no limit known means the server decides. */
export function exceeds(file: Blob, limit: number | null | undefined): limit is number {
  return typeof limit === 'number' && limit > 0 && file.size > limit
}
