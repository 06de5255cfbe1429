import { api, unwrap, upload } from '@/api'
import type { Attachment } from '@/api/types'

/** Photos and documents: uploaded first, then their ids are passed to a hazard step. */
export function useAttachments() {
  return {
    upload: (file: File, onProgress?: (percent: number) => void, signal?: AbortSignal): Promise<Attachment> =>
      upload<Attachment>('/api/v1/attachments', file, { onProgress, signal }),
    thumbnail: (id: number): Promise<Blob> =>
      unwrap(api.GET('/api/v1/attachments/{id}/thumbnail', { params: { path: { id } }, parseAs: 'blob' })),
    content: (id: number): Promise<Blob> =>
      unwrap(api.GET('/api/v1/attachments/{id}/content', { params: { path: { id } }, parseAs: 'blob' })),
  }
}
