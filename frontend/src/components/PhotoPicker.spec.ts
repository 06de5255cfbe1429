import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { ApiError } from '@/api/problem'
import type { Attachment } from '@/api/types'
import { photo } from '@/test/fixtures'
import { flush, signedIn } from '@/test/helpers'
import PhotoPicker from './PhotoPicker.vue'

// The real useAttachments (and its size check), with the network call replaced.
const upload = vi.fn<(url: string, file: File, options?: { onProgress?: (p: number) => void }) => Promise<Attachment>>()
vi.mock('@/auth/keycloak', () => ({ freshToken: async () => 'tok', login: vi.fn() }))
vi.mock('@/api', async (original) => ({
  ...(await original<typeof import('@/api')>()),
  upload: (url: string, file: File, options?: { onProgress?: (p: number) => void }) => upload(url, file, options),
}))

function render() {
  const { plugins } = signedIn()
  return mount(PhotoPicker, { props: { modelValue: [], 'onUpdate:modelValue': vi.fn(), 'onUpdate:busy': vi.fn() }, global: { plugins } })
}

const MB = 1024 * 1024

async function pick(wrapper: ReturnType<typeof render>, ...names: (string | { name: string; size: number })[]) {
  const input = wrapper.find('[data-testid="photos-input"]').element as HTMLInputElement
  const files = names.map((n) => {
    const file = new File(['jpeg'], typeof n === 'string' ? n : n.name, { type: 'image/jpeg' })
    if (typeof n !== 'string') Object.defineProperty(file, 'size', { value: n.size })
    return file
  })
  Object.defineProperty(input, 'files', { value: files, configurable: true })
  input.dispatchEvent(new Event('change'))
  await flush()
}

const lastEmitted = (wrapper: ReturnType<typeof render>, event: string) => {
  const calls = wrapper.emitted(event) ?? []
  return calls[calls.length - 1]?.[0]
}

describe('taking photos for a report', () => {
  beforeEach(() => {
    upload.mockReset()
    URL.createObjectURL = vi.fn(() => 'blob:preview')
    URL.revokeObjectURL = vi.fn()
  })

  it('offers the camera and the gallery', () => {
    const wrapper = render()
    const camera = wrapper.find('[data-testid="photos-camera-input"]')
    expect(camera.attributes('accept')).toBe('image/*')
    expect(camera.attributes('capture')).toBe('environment')
    expect(wrapper.find('[data-testid="photos-input"]').attributes('multiple')).toBeDefined()
  })

  it('uploads at once, shows the progress, and hands over the stored photo', async () => {
    let finish!: (a: Attachment) => void
    upload.mockImplementation((_url, _file, options) => {
      options?.onProgress?.(40)
      return new Promise((resolve) => (finish = resolve))
    })
    const wrapper = render()
    await pick(wrapper, 'a.jpg')
    expect(wrapper.find('[data-testid="photo-tile"]').text()).toContain('40%')
    expect(lastEmitted(wrapper, 'update:busy')).toBe(true)

    finish(photo(9))
    await flush()
    expect(lastEmitted(wrapper, 'update:modelValue')).toEqual([photo(9)])
    expect(lastEmitted(wrapper, 'update:busy')).toBe(false)
  })

  it('shows why the server refused a picture, and lets it be removed', async () => {
    upload.mockRejectedValueOnce(
      new ApiError(400, { status: 400, title: '提交的内容有误', errors: [{ field: 'file', message: '图片已损坏或无法识别' }] }),
    )
    upload.mockRejectedValueOnce(new ApiError(413, { status: 413, title: '操作没有成功' }))
    const wrapper = render()
    await pick(wrapper, 'broken.jpg', 'huge.jpg')
    const errors = wrapper.findAll('[data-testid="photo-error"]').map((e) => e.text())
    expect(errors).toEqual(['图片已损坏或无法识别', '照片太大，无法上传'])

    await wrapper.find('[data-testid="photo-remove"]').trigger('click')
    expect(wrapper.findAll('[data-testid="photo-tile"]')).toHaveLength(1)
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:preview')
  })

  it('does not send a photo above the server\'s limit, and says why on its tile', async () => {
    upload.mockResolvedValue(photo(9))
    const wrapper = render()
    await pick(wrapper, { name: 'huge.jpg', size: 16 * MB }, 'fine.jpg')
    await flush()
    expect(upload).toHaveBeenCalledOnce()
    expect(upload.mock.calls[0]![1].name).toBe('fine.jpg')
    expect(wrapper.findAll('[data-testid="photo-error"]').map((e) => e.text())).toEqual(['照片超过 15 MB，请压缩后再上传'])
    expect(lastEmitted(wrapper, 'update:modelValue')).toEqual([photo(9)])
    expect(lastEmitted(wrapper, 'update:busy')).toBe(false)
  })
})
