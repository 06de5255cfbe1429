import { api, checkFileSize, isPhotoFile, unwrap, upload } from '@/api'
import type { Attachment } from '@/api/types'
import { useSessionStore } from '@/stores/session'

/** Photos and documents: uploaded first, then their ids are passed to a hazard step. */
export function useAttachments() {
  const session = useSessionStore()
  return {
    /** Refuses a file above the server's limit (FileTooLargeError) before sending anything. */
    upload: async (file: File, onProgress?: (percent: number) => void, signal?: AbortSignal): Promise<Attachment> => {
      const limits = session.settings
      if (isPhotoFile(file)) checkFileSize(file, 'photo', limits?.maxPhotoBytes)
      else checkFileSize(file, 'document', limits?.maxDocumentBytes)
      return upload<Attachment>('/api/v1/attachments', file, { onProgress, signal })
    },
    thumbnail: (id: number): Promise<Blob> =>
      unwrap(api.GET('/api/v1/attachments/{id}/thumbnail', { params: { path: { id } }, parseAs: 'blob' })),
    content: (id: number): Promise<Blob> =>
      unwrap(api.GET('/api/v1/attachments/{id}/content', { params: { path: { id } }, parseAs: 'blob' })),
  }
}
