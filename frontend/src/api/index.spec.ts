import { afterEach, describe, expect, it, vi } from 'vitest'
import { setLocale } from '@/locales'
import { notifyProblem } from '.'

const login = vi.fn()
vi.mock('@/auth/keycloak', () => ({ freshToken: async () => 'tok', login: () => login() }))

const shown = () => Array.from(document.querySelectorAll('.el-message')).map((e) => e.textContent?.trim())

describe('the one place errors are shown', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    login.mockReset()
    setLocale('zh-CN')
  })

  it('shows the server\'s title and detail', () => {
    notifyProblem({ status: 409, title: '保存冲突', detail: '该记录已被他人修改，请刷新后重试' })
    expect(shown()).toContain('保存冲突：该记录已被他人修改，请刷新后重试')
  })

  it('keeps a 400 with field errors to one line; the form shows the rest', () => {
    notifyProblem({ status: 400, title: '提交的内容有误', detail: 'code: 格式不对', errors: [{ field: 'code', message: '格式不对' }] })
    expect(shown()).toContain('提交的内容有误')
  })

  it('uses an English separator in English', () => {
    setLocale('en')
    notifyProblem({ status: 404, title: 'Not found', detail: 'There is no unit 9' })
    expect(shown()).toContain('Not found: There is no unit 9')
  })

  it('sends the user to sign in again on 401', () => {
    notifyProblem({ status: 401, title: '登录已过期，请重新登录' })
    expect(login).toHaveBeenCalledOnce()
  })
})
