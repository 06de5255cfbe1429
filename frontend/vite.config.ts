import { fileURLToPath, URL } from 'node:url'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { defineConfig, type Plugin, type ProxyOptions } from 'vite'
import vue from '@vitejs/plugin-vue'
import AutoImport from 'unplugin-auto-import/vite'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

const env = process.env

/** What the SPA fetches from /app-config.json before it starts (see src/config.ts). */
export function runtimeConfig(source: NodeJS.ProcessEnv = env) {
  return {
    keycloakUrl: source.ANJIAN_KEYCLOAK_URL || 'http://127.0.0.1:8180',
    realm: source.ANJIAN_REALM || 'anjian',
    clientId: source.ANJIAN_CLIENT_ID || 'anjian-web',
  }
}

/**
 * Serves /app-config.json from environment variables in `vite` and `vite preview`, so that one
 * build runs against any Keycloak. In production nginx serves a static file instead.
 */
function appConfigPlugin(): Plugin {
  const handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.url?.split('?')[0] !== '/app-config.json') return next()
    res.setHeader('Content-Type', 'application/json; charset=utf-8')
    res.setHeader('Cache-Control', 'no-store')
    res.end(JSON.stringify(runtimeConfig()))
  }
  return {
    name: 'anjian-app-config',
    configureServer: (server) => void server.middlewares.use(handler),
    configurePreviewServer: (server) => void server.middlewares.use(handler),
  }
}

const backend = env.ANJIAN_BACKEND_URL || 'http://127.0.0.1:8080'
const proxy: Record<string, ProxyOptions> = {
  '/api': { target: backend, xfwd: true },
  '/q': { target: backend, xfwd: true },
}
const host = env.ANJIAN_WEB_HOST || '127.0.0.1'
const port = (fallback: number) => Number(env.ANJIAN_WEB_PORT || fallback)

export default defineConfig({
  plugins: [
    vue(),
    AutoImport({
      // Only Element Plus APIs (ElMessage, ElMessageBox…) so that their styles come along;
      // Vue APIs are imported explicitly.
      resolvers: [ElementPlusResolver({ importStyle: env.VITEST ? false : 'css' })],
      dts: 'src/auto-imports.d.ts',
    }),
    Components({
      resolvers: [ElementPlusResolver({ importStyle: env.VITEST ? false : 'css' })],
      dts: 'src/components.d.ts',
      dirs: [],
    }),
    appConfigPlugin(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: { host, port: port(5173), strictPort: true, proxy },
  preview: { host, port: port(4173), strictPort: true, proxy },
  build: {
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks, cached across releases; only the Element Plus parts in use.
        codeSplitting: {
          groups: [
            { name: 'vue', test: /node_modules[\\/](@vue|vue|vue-router|pinia|vue-i18n|@intlify)[\\/]/ },
            {
              name: 'element-plus',
              // …except the date pickers, which are large and used by some pages only: they load with those pages.
              test: /node_modules[\\/](element-plus(?![\\/]es[\\/]components[\\/](date-picker|date-picker-panel|time-picker)[\\/])|@element-plus|@vueuse|lodash-es|lodash-unified|async-validator|@floating-ui|@popperjs|dayjs|@ctrl|memoize-one|normalize-wheel-es)[\\/]/,
            },
            { name: 'element-plus-dates', test: /node_modules[\\/]element-plus[\\/]es[\\/]components[\\/](date-picker|date-picker-panel|time-picker)[\\/]/ },
            { name: 'keycloak', test: /node_modules[\\/](keycloak-js|jwt-decode)[\\/]/ },
          ],
        },
      },
    },
  },
})
