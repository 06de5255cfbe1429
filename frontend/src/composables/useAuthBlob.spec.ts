import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import { flush } from '@/test/helpers'
import { useAuthBlob } from './useAuthBlob'

let made = 0
const create = vi.fn(() => `blob:test/${++made}`)
const revoke = vi.fn()

function host(key: ReturnType<typeof ref<number | null>>, fetchBlob: (id: number) => Promise<Blob>) {
  let state!: ReturnType<typeof useAuthBlob<number>>
  const wrapper = mount(
    defineComponent({
      setup() {
        state = useAuthBlob(key, fetchBlob)
        return () => h('img', { src: state.url.value })
      },
    }),
  )
  return { wrapper, state: () => state }
}

describe('files that need the bearer token', () => {
  beforeEach(() => {
    made = 0
    URL.createObjectURL = create
    URL.revokeObjectURL = revoke
  })
  afterEach(() => {
    create.mockClear()
    revoke.mockClear()
  })

  it('fetches the file through the API and shows it as an object URL', async () => {
    const fetchBlob = vi.fn(async () => new Blob(['jpeg'], { type: 'image/jpeg' }))
    const { wrapper } = host(ref<number | null>(7), fetchBlob)
    await flush()
    expect(fetchBlob).toHaveBeenCalledWith(7)
    expect(wrapper.find('img').attributes('src')).toBe('blob:test/1')
  })

  it('revokes the old URL when the picture changes, and the last one when the component goes away', async () => {
    const key = ref<number | null>(7)
    const { wrapper } = host(key, async () => new Blob(['x']))
    await flush()
    key.value = 8
    await flush()
    expect(revoke).toHaveBeenCalledWith('blob:test/1')
    expect(wrapper.find('img').attributes('src')).toBe('blob:test/2')
    wrapper.unmount()
    expect(revoke).toHaveBeenCalledWith('blob:test/2')
  })

  it('never creates a URL for an answer that arrives after the component is gone', async () => {
    let release!: (b: Blob) => void
    const { wrapper } = host(ref<number | null>(7), () => new Promise<Blob>((resolve) => (release = resolve)))
    wrapper.unmount()
    release(new Blob(['late']))
    await flush()
    expect(create).not.toHaveBeenCalled()
  })

  it('says so when the file could not be read', async () => {
    const { state } = host(ref<number | null>(7), async () => {
      throw new Error('403')
    })
    await flush()
    expect(state().failed.value).toBe(true)
    expect(state().url.value).toBeUndefined()
  })

  it('fetches nothing without a key', async () => {
    const fetchBlob = vi.fn(async () => new Blob(['x']))
    host(ref<number | null>(null), fetchBlob)
    await flush()
    expect(fetchBlob).not.toHaveBeenCalled()
  })
})
