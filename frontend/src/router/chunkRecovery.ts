import type { Router } from 'vue-router'
import { i18n } from '@/locales'

/** sessionStorage key: the address a failed page load was retried for, by a full reload. */
export const RETRY_KEY = 'anjian.chunkRetry'

/**
 * A page's code (a lazy chunk) could not be loaded. After a redeploy the old chunk names are gone
 * from the server, and the browsers' messages differ: Chromium, Firefox, Safari, Vite's CSS preload.
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS|ChunkLoadError|Loading (CSS )?chunk \S+ failed/i.test(message)
}

export interface RecoveryDeps {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null
  /** loads the address afresh from the server (new index.html, new chunk names) */
  reload: (path: string) => void
  /** tells the user the page could not be loaded even after a reload */
  report: () => void
}

function browserDeps(): RecoveryDeps {
  let storage: Storage | null = null
  try {
    storage = window.sessionStorage
  } catch {
    // no storage (private mode): no guard against a reload loop, so no reload either
  }
  return {
    storage,
    reload: (path) => window.location.assign(path),
    report: () => {
      const t = i18n.global.t
      void ElMessageBox.alert(t('app.pageLoadFailedHint'), t('app.pageLoadFailed'), {
        type: 'error',
        confirmButtonText: t('app.reloadPage'),
        showClose: true,
      })
        .then(() => window.location.reload())
        .catch(() => undefined)
    },
  }
}

/**
 * When a page's code fails to load, reloads the app at that address once (the new release's
 * chunks come with the new index.html); if it fails again for the same address, says so instead
 * of reloading in a loop. A page that loads clears the mark.
 */
export function installChunkRecovery(router: Router, deps: RecoveryDeps = browserDeps()) {
  const read = () => {
    try {
      return deps.storage?.getItem(RETRY_KEY) ?? null
    } catch {
      return null
    }
  }
  router.onError((error, to) => {
    if (!isChunkLoadError(error)) return
    const path = to.fullPath
    if (!deps.storage || read() === path) {
      try {
        deps.storage?.removeItem(RETRY_KEY)
      } catch {
        // nothing to clear
      }
      deps.report()
      return
    }
    try {
      deps.storage.setItem(RETRY_KEY, path)
    } catch {
      deps.report()
      return
    }
    deps.reload(path)
  })
  router.afterEach((_to, _from, failure) => {
    if (failure || read() === null) return
    try {
      deps.storage?.removeItem(RETRY_KEY)
    } catch {
      // nothing to clear
    }
  })
}
