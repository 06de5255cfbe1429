import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { initAuth } from './auth/keycloak'
import { loadRuntimeConfig } from './config'
import { currentLocale, i18n } from './locales'
import { createAppRouter } from './router'
import { useSessionStore } from './stores/session'
import './styles/main.css'

function showStartupFailure() {
  const root = document.getElementById('app')
  if (!root) return
  const t = i18n.global.t
  root.innerHTML = ''
  const box = document.createElement('div')
  box.className = 'startup-failure'
  box.setAttribute('data-testid', 'startup-failure')
  const title = document.createElement('h2')
  title.textContent = t('app.signInFailed')
  const hint = document.createElement('p')
  hint.textContent = t('app.signInFailedHint')
  const retry = document.createElement('button')
  retry.textContent = t('app.retry')
  retry.onclick = () => window.location.reload()
  box.append(title, hint, retry)
  root.append(box)
}

async function start() {
  document.documentElement.lang = currentLocale()
  const config = await loadRuntimeConfig()
  try {
    await initAuth(config)
  } catch (error) {
    console.error('Sign-in could not start', error)
    showStartupFailure()
    return
  }

  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia)
  app.use(i18n)
  // The router's guards need the user's roles, so /me is read before the first navigation.
  const session = useSessionStore(pinia)
  await session.load()
  session.followDayChange()
  app.use(createAppRouter())
  app.mount('#app')
}

void start()
