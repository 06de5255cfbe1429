import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FileTooLargeError } from '@/api'
import { photo, settings } from '@/test/fixtures'
import { useFakeApi } from '@/test/fakeApi'
import { me, signedIn } from '@/test/helpers'
import { useAttachments } from './useAttachments'

const server = useFakeApi()
const uploaded = () => server.calls('POST', '/api/v1/attachments').map((r) => r.body)

const MB = 1024 * 1024
function sized(name: string, type: string, size: number): File {
  const file = new File(['x'], name, { type })
  Object.defineProperty(file, 'size', { value: size })
  return file
}
const shown = () => Array.from(document.querySelectorAll('.el-message')).map((e) => e.textContent?.trim())

describe('attachment uploads', () => {
  beforeEach(() => {
    server.on('POST', '/api/v1/attachments', () => photo(1))
    signedIn(me(), settings({ maxPhotoBytes: 15 * MB, maxDocumentBytes: 20 * MB }))
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('refuses a photo above the server\'s limit before sending anything, and says so', async () => {
    const error = await useAttachments()
      .upload(sized('IMG_0001.jpg', 'image/jpeg', 15 * MB + 1))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FileTooLargeError)
    expect((error as FileTooLargeError).message).toBe('照片超过 15 MB，请压缩后再上传')
    expect(uploaded()).toEqual([])
    expect(shown()).toContain('照片超过 15 MB，请压缩后再上传')
  })

  it('holds documents to the document limit', async () => {
    const attachments = useAttachments()
    await attachments.upload(sized('plan.pdf', 'application/pdf', 18 * MB))
    expect(uploaded()).toHaveLength(1)
    const error = await attachments.upload(sized('plan.pdf', 'application/pdf', 21 * MB)).catch((e: unknown) => e)
    expect((error as FileTooLargeError).message).toBe('文件超过 20 MB，请压缩后再上传')
    expect(uploaded()).toHaveLength(1)
  })

  it('sends a photo within the limit, with progress and cancellation', async () => {
    const onProgress = vi.fn()
    const signal = new AbortController().signal
    const file = sized('a.heic', '', 15 * MB)
    await expect(useAttachments().upload(file, onProgress, signal)).resolves.toMatchObject({ id: 1 })
    expect(uploaded()).toEqual([expect.objectContaining({ name: 'a.heic' })])
    expect(onProgress).toHaveBeenLastCalledWith(100)
  })
})
