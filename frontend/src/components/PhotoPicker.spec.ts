import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { ApiError } from '@/api/problem'
import type { Attachment } from '@/api/types'
import { photo } from '@/test/fixtures'
import { flush, signedIn } from '@/test/helpers'
import PhotoPicker from './PhotoPicker.vue'

const upload = vi.fn<(file: File, onProgress?: (p: number) => void) => Promise<Attachment>>()
vi.mock('@/composables/useAttachments', () => ({ useAttachments: () => ({ upload }) }))

function render() {
  const { plugins } = signedIn()
  return mount(PhotoPicker, { props: { modelValue: [], 'onUpdate:modelValue': vi.fn(), 'onUpdate:busy': vi.fn() }, global: { plugins } })
}

async function pick(wrapper: ReturnType<typeof render>, ...names: string[]) {
  const input = wrapper.find('[data-testid="photos-input"]').element as HTMLInputElement
  Object.defineProperty(input, 'files', { value: names.map((n) => new File(['jpeg'], n, { type: 'image/jpeg' })), configurable: true })
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
    upload.mockImplementation((_file, onProgress) => {
      onProgress?.(40)
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
})
