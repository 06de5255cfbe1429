import { describe, expect, it, vi } from 'vitest'
import { createApiClient, createUploader, quiet, unwrap } from './client'
import { ApiError, type Problem } from './problem'

const texts = () => ({
  unauthorized: '登录已过期',
  forbidden: '无权限',
  notFound: '未找到',
  server: '系统繁忙',
  generic: '失败',
  tooLarge: '文件太大',
  uploadFailed: '上传没有完成',
})

function setup(respond: (request: Request) => Response | Promise<Response>) {
  const seen: Request[] = []
  const onProblem = vi.fn<(p: Problem) => void>()
  const onNetworkError = vi.fn()
  const token = vi.fn(async () => 'tok-123')
  const fetchFn = vi.fn(async (input: RequestInfo | URL) => {
    const request = input as Request
    seen.push(request)
    return respond(request)
  }) as unknown as typeof fetch
  const client = createApiClient(
    { token, locale: () => 'en', texts, onProblem, onNetworkError },
    { fetch: fetchFn, baseUrl: 'http://spa.test' },
  )
  return { client, seen, onProblem, onNetworkError, token }
}

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })

describe('API middleware', () => {
  it('sends a fresh bearer token and the UI language with every request, to a relative URL', async () => {
    const { client, seen, token } = setup(() => json({ items: [], page: 1, size: 20, total: 0 }))
    await client.GET('/api/v1/units', { params: { query: { q: '村' } } })
    expect(token).toHaveBeenCalledOnce()
    const request = seen[0]!
    expect(request.headers.get('Authorization')).toBe('Bearer tok-123')
    expect(request.headers.get('Accept-Language')).toBe('en')
    expect(request.url).toBe('http://spa.test/api/v1/units?q=%E6%9D%91')
  })

  it('sends no Authorization header when there is no token', async () => {
    const { client, seen, token } = setup(() => json({}))
    token.mockResolvedValueOnce(undefined as unknown as string)
    await client.GET('/api/v1/me')
    expect(seen[0]!.headers.has('Authorization')).toBe(false)
  })

  it('hands a problem+json error to the one problem handler, as the server wrote it', async () => {
    const problem = { type: 'about:blank', title: '记录已被修改', status: 409, detail: '该记录已被他人修改，请刷新后重试' }
    const { client, onProblem } = setup(() => json(problem, 409, 'application/problem+json'))
    const result = await client.PUT('/api/v1/units/{id}', {
      params: { path: { id: 1 } },
      body: { kind: 'OFFICE', name: 'x', enforcementPowers: false, sectors: [], active: true, version: 1 },
    })
    expect(onProblem).toHaveBeenCalledWith(expect.objectContaining(problem))
    expect(result.error).toMatchObject(problem)
  })

  it('keeps the field errors of a 400 for the form', async () => {
    const problem = {
      title: '提交的内容有误',
      status: 400,
      errors: [{ field: 'code', message: '统计用区划代码应为12位数字' }],
    }
    const { client, onProblem } = setup(() => json(problem, 400, 'application/problem+json'))
    const call = client.POST('/api/v1/units', {
      body: { kind: 'VILLAGE', code: '123', name: 'x', enforcementPowers: false, sectors: [], active: true },
    })
    const error = await unwrap(call).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(400)
    expect((error as ApiError).problem.errors).toEqual(problem.errors)
    expect(onProblem.mock.calls[0]![0].errors).toEqual(problem.errors)
  })

  it('explains an error without a problem body (a proxy page, an empty 403) by its status', async () => {
    const { client, onProblem } = setup(() => new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }))
    await client.GET('/api/v1/me')
    expect(onProblem).toHaveBeenCalledWith({ status: 502, title: '系统繁忙' })

    const second = setup(() => new Response(null, { status: 403 }))
    await second.client.GET('/api/v1/me')
    expect(second.onProblem).toHaveBeenCalledWith({ status: 403, title: '无权限' })
  })

  it('does not call the problem handler for a success', async () => {
    const { client, onProblem } = setup(() => json([{ code: 'FIRE', name: '消防安全' }]))
    const sectors = await unwrap(client.GET('/api/v1/sectors'))
    expect(sectors).toEqual([{ code: 'FIRE', name: '消防安全' }])
    expect(onProblem).not.toHaveBeenCalled()
  })

  it('reports a request that never reached the server', async () => {
    const { client, onNetworkError } = setup(() => {
      throw new TypeError('Failed to fetch')
    })
    await expect(client.GET('/api/v1/me')).rejects.toThrow('Failed to fetch')
    expect(onNetworkError).toHaveBeenCalledOnce()
  })

  it('keeps a background poll quiet: no message on failure, and the marker never reaches the server', async () => {
    const { client, seen, onProblem } = setup(() => json({ title: 'boom', status: 500 }, 500, 'application/problem+json'))
    const result = await client.GET('/api/v1/notifications', { params: { query: { size: 1 } }, ...quiet })
    expect(result.response.status).toBe(500)
    expect(onProblem).not.toHaveBeenCalled()
    expect([...seen[0]!.headers.keys()].some((k) => k.toLowerCase().startsWith('x-anjian'))).toBe(false)
    expect(seen[0]!.headers.get('Authorization')).toBe('Bearer tok-123')
  })
})

/** Just enough of XMLHttpRequest to drive the uploader. */
class FakeXhr {
  static last: FakeXhr
  method = ''
  url = ''
  headers: Record<string, string> = {}
  sent: FormData | null = null
  status = 0
  responseText = ''
  responseHeaders: Record<string, string> = {}
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null }
  onload: (() => void) | null = null
  onerror: (() => void) | null = null
  onabort: (() => void) | null = null
  constructor() {
    FakeXhr.last = this
  }
  open(method: string, url: string) {
    this.method = method
    this.url = url
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value
  }
  getResponseHeader(name: string) {
    return this.responseHeaders[name] ?? null
  }
  send(body: FormData) {
    this.sent = body
  }
  abort() {
    this.onabort?.()
  }
  respond(status: number, body: unknown, type = 'application/json') {
    this.status = status
    this.responseText = JSON.stringify(body)
    this.responseHeaders['Content-Type'] = type
    this.onload?.()
  }
}

describe('uploads', () => {
  function uploader() {
    const onProblem = vi.fn<(p: Problem) => void>()
    const upload = createUploader(
      { token: async () => 'tok-9', locale: () => 'zh-CN', texts, onProblem, onNetworkError: vi.fn() },
      { xhr: () => new FakeXhr() as unknown as XMLHttpRequest },
    )
    return { upload, onProblem }
  }
  const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0))

  it('sends the file as field "file" with the token and language, and reports progress', async () => {
    const { upload } = uploader()
    const progress: number[] = []
    const done = upload<{ id: number }>('/api/v1/attachments', new File(['x'], 'a.jpg'), { onProgress: (p) => progress.push(p) })
    await nextTurn()
    const xhr = FakeXhr.last
    expect(xhr.method).toBe('POST')
    expect(xhr.url).toBe('/api/v1/attachments')
    expect(xhr.headers).toMatchObject({ Authorization: 'Bearer tok-9', 'Accept-Language': 'zh-CN' })
    expect((xhr.sent!.get('file') as File).name).toBe('a.jpg')
    xhr.upload.onprogress!({ lengthComputable: true, loaded: 50, total: 200 })
    xhr.respond(201, { id: 5 })
    await expect(done).resolves.toEqual({ id: 5 })
    expect(progress).toEqual([25, 100])
  })

  it('shows the server\'s problem and hands it to the caller', async () => {
    const { upload, onProblem } = uploader()
    const done = upload('/api/v1/attachments', new File(['x'], 'a.txt'))
    await nextTurn()
    const problem = { type: '/problems/unsupported-media-type', title: '不支持的内容格式', status: 415, detail: '不支持该文件类型' }
    FakeXhr.last.respond(415, problem, 'application/problem+json')
    const error = await done.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).problem.detail).toBe('不支持该文件类型')
    expect(onProblem).toHaveBeenCalledWith(expect.objectContaining({ status: 415 }))
  })

  it('explains a refusal without a body, such as a proxy\'s 413, by its status', async () => {
    const { upload, onProblem } = uploader()
    const done = upload('/api/v1/attachments', new File(['x'], 'big.jpg'))
    await nextTurn()
    FakeXhr.last.status = 413
    FakeXhr.last.onload!()
    const error = (await done.catch((e: unknown) => e)) as ApiError
    expect(error.status).toBe(413)
    expect(error.problem.title).toBe('文件太大')
    expect(onProblem).toHaveBeenCalledWith({ status: 413, title: '文件太大' })
  })

  it('says an upload cut off behind a proxy (502, no problem) did not complete, rather than "server busy"', async () => {
    const { upload, onProblem } = uploader()
    const done = upload('/api/v1/attachments', new File(['x'], 'huge.jpg'))
    await nextTurn()
    FakeXhr.last.status = 502
    FakeXhr.last.responseHeaders['Content-Type'] = 'text/plain'
    FakeXhr.last.responseText = 'Bad Gateway'
    FakeXhr.last.onload!()
    const error = (await done.catch((e: unknown) => e)) as ApiError
    expect(error.status).toBe(502)
    expect(error.problem.title).toBe('上传没有完成')
    expect(onProblem).toHaveBeenCalledWith({ status: 502, title: '上传没有完成' })
  })
})

