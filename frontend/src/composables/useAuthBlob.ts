import { onBeforeUnmount, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'

/**
 * An object URL for a file that only the signed-in user may read (an <img src> cannot send the
 * bearer token). It is fetched when the key is set, replaced when the key changes and revoked
 * when it changes again or the component goes away, so that no blob outlives its picture.
 */
export function useAuthBlob<K>(key: MaybeRefOrGetter<K | null | undefined>, fetchBlob: (key: K) => Promise<Blob>) {
  const url = shallowRef<string>()
  const loading = ref(false)
  const failed = ref(false)
  let requestId = 0
  let alive = true

  function release() {
    if (url.value) URL.revokeObjectURL(url.value)
    url.value = undefined
  }

  async function load(value: K | null | undefined) {
    const id = ++requestId
    release()
    failed.value = false
    if (value === null || value === undefined) {
      loading.value = false
      return
    }
    loading.value = true
    try {
      const blob = await fetchBlob(value)
      if (!alive || id !== requestId) return
      url.value = URL.createObjectURL(blob)
    } catch {
      if (alive && id === requestId) failed.value = true
    } finally {
      if (alive && id === requestId) loading.value = false
    }
  }

  watch(() => toValue(key), (value) => void load(value), { immediate: true })
  onBeforeUnmount(() => {
    alive = false
    requestId++
    release()
  })

  return { url, loading, failed, reload: () => load(toValue(key)) }
}
