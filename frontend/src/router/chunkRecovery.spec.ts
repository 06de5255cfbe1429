import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent, h } from 'vue'
import { installChunkRecovery, isChunkLoadError, RETRY_KEY, type RecoveryDeps } from './chunkRecovery'
import { createAppRouter } from '.'
import { me, signedIn } from '@/test/helpers'

const Page = defineComponent({ render: () => h('div', 'page') })
// What Chromium says when a lazy page's chunk is gone from the server after a redeploy.
const gone = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/LedgerView-Bx1.js'))

/** A fresh page load: a new router, the same sessionStorage. */
function pageLoad(deps: RecoveryDeps) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Page },
      { path: '/ledger', component: gone },
      { path: '/broken', component: () => Promise.reject(new Error('a bug in the page')) },
    ],
  })
  installChunkRecovery(router, deps)
  return router
}

describe('a page whose code cannot be loaded', () => {
  let deps: RecoveryDeps & { reload: Mock<(path: string) => void>; report: Mock<() => void> }
  beforeEach(() => {
    sessionStorage.clear()
    deps = { storage: sessionStorage, reload: vi.fn<(path: string) => void>(), report: vi.fn<() => void>() }
  })

  it('recognises the browsers\' ways of saying a chunk failed to load', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: /assets/a.js'))).toBe(true)
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: /assets/a.js'))).toBe(true)
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true)
    expect(isChunkLoadError(new Error('Unable to preload CSS for /assets/a.css'))).toBe(true)
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false)
  })

  it('reloads the app once at the address the user wanted', async () => {
    const router = pageLoad(deps)
    await router.push('/')
    await router.push('/ledger?period=2026-11').catch(() => undefined)
    expect(deps.reload).toHaveBeenCalledExactlyOnceWith('/ledger?period=2026-11')
    expect(sessionStorage.getItem(RETRY_KEY)).toBe('/ledger?period=2026-11')
    expect(deps.report).not.toHaveBeenCalled()
  })

  it('says so, instead of reloading again, when the reloaded page fails for the same address', async () => {
    await pageLoad(deps).push('/ledger').catch(() => undefined)
    expect(deps.reload).toHaveBeenCalledOnce()
    // the reload: a new page load straight to /ledger, which fails again
    await pageLoad(deps).push('/ledger').catch(() => undefined)
    expect(deps.reload).toHaveBeenCalledOnce()
    expect(deps.report).toHaveBeenCalledOnce()
    expect(sessionStorage.getItem(RETRY_KEY)).toBeNull()
  })

  it('reloads again another day: a page that loads clears the mark', async () => {
    await pageLoad(deps).push('/ledger').catch(() => undefined)
    const reloaded = pageLoad(deps)
    await reloaded.push('/')
    expect(sessionStorage.getItem(RETRY_KEY)).toBeNull()
    await reloaded.push('/ledger').catch(() => undefined)
    expect(deps.reload).toHaveBeenCalledTimes(2)
    expect(deps.report).not.toHaveBeenCalled()
  })

  it('leaves other errors alone', async () => {
    await pageLoad(deps).push('/broken').catch(() => undefined)
    expect(deps.reload).not.toHaveBeenCalled()
    expect(deps.report).not.toHaveBeenCalled()
  })

  it('never reloads without storage to guard against a loop', async () => {
    await pageLoad({ ...deps, storage: null }).push('/ledger').catch(() => undefined)
    expect(deps.reload).not.toHaveBeenCalled()
    expect(deps.report).toHaveBeenCalledOnce()
  })
})

describe('the app\'s router', () => {
  afterEach(() => {
    sessionStorage.clear()
    document.body.innerHTML = ''
  })

  it('tells the user, in their language, when a page cannot be opened even after reloading', async () => {
    const assign = vi.fn()
    vi.stubGlobal('location', { ...window.location, assign, reload: vi.fn() })
    try {
      signedIn(me({ roles: ['village-officer'] }))
      const router = createAppRouter(createMemoryHistory())
      router.addRoute({ path: '/gone', component: gone })
      await router.push('/gone').catch(() => undefined)
      expect(assign).toHaveBeenCalledWith('/gone')
      // the reloaded app fails again for the same address
      const again = createAppRouter(createMemoryHistory())
      again.addRoute({ path: '/gone', component: gone })
      await again.push('/gone').catch(() => undefined)
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(assign).toHaveBeenCalledOnce()
      expect(document.body.textContent).toContain('页面没有打开')
      expect(document.body.textContent).toContain('系统可能刚刚更新')
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
