// A fake of the backend at the network boundary: the app's real API client, middleware and
// composables run, and `fetch` (and XMLHttpRequest, for uploads) is answered here with canned
// responses typed by the contract (src/api/schema.d.ts). Nothing of our own code is mocked.
//
//   const server = useFakeApi()                  // at the top of a spec file
//   server.on('GET', '/api/v1/units', () => page([unit]))
//   ... mount the view ...
//   expect(server.calls('GET', '/api/v1/units')[0]!.query.get('q')).toBe('村')
//
// A request no handler answers gets a 404 problem and fails the test after it ends.
import { afterEach, beforeEach, expect, vi } from 'vitest'
import type { paths } from '@/api/schema'
import type { Page } from '@/api/types'

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][Lowercase<M> & keyof paths[P]]>
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never
/** What the operation answers with on success; an operation without a JSON answer (a file, 204) takes a FakeResponse. */
type Success<O> = O extends { responses: infer R } ? (R extends { 200: infer S } ? Json<S> : R extends { 201: infer S } ? Json<S> : never) : never
type Body<O> = O extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: { 'application/json': infer T } }
    ? T
    : File | undefined
  : undefined

/** One request as the fake received it. */
export interface FakeRequest<B = unknown> {
  method: Method
  url: URL
  /** the path's parameters by name, e.g. { id: '42' } for /api/v1/hazards/{id} */
  params: Record<string, string>
  query: URLSearchParams
  /** the JSON body, or the uploaded file of a multipart request */
  body: B
  headers: Headers
}

/** Any answer other than a successful JSON body: a problem, a file, an empty 204. */
export class FakeResponse {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

/** An RFC 9457 problem as the backend sends it. */
export function problem(status: number, title: string, extra: { detail?: string; errors?: { field: string; message: string }[] } = {}) {
  return new FakeResponse(status, { type: 'about:blank', status, title, ...extra }, { 'Content-Type': 'application/problem+json' })
}

/** A file download (an .xlsx export or template) under the server's file name. */
export function file(name: string, content = 'xlsx') {
  return new FakeResponse(200, new Blob([content]), {
    'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
  })
}

/** One page of a list, as every list endpoint answers. */
export function page<T>(items: T[], total = items.length, at = 1, size = 20): Page<T> {
  return { items, page: at, size, total }
}

type Handler = (request: FakeRequest<never>) => unknown

interface Route {
  method: Method
  template: string
  pattern: RegExp
  names: string[]
  respond: Handler
}

function compile(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = []
  const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
    names.push(name)
    return '([^/]+)'
  })
  return { pattern: new RegExp(`^${source}$`), names }
}

export interface FakeApi {
  /** Answers a method and path (as the contract spells it); a later handler for the same route wins. */
  on<P extends keyof paths, M extends Method>(
    method: M,
    path: P,
    respond: (request: FakeRequest<Body<Operation<P, M>>>) => Success<Operation<P, M>> | FakeResponse | Promise<Success<Operation<P, M>> | FakeResponse>,
  ): void
  /** The requests a route received, oldest first. */
  calls<P extends keyof paths, M extends Method>(method: M, path: P): FakeRequest<Body<Operation<P, M>>>[]
  /** Every request received, as "GET /api/v1/units?q=x". */
  readonly log: string[]
}

/** Sectors as GET /api/v1/sectors answers in Chinese. */
export const SECTORS = [
  { code: 'GAS', name: '燃气' },
  { code: 'FIRE', name: '消防安全' },
]

/**
 * Installs the fake for every test of the file: fresh routes before each test (the sectors and an
 * empty unit search are always answered), the real fetch and XMLHttpRequest back after it, and a
 * failure for any request nobody answered.
 */
export function useFakeApi(): FakeApi {
  let routes: Route[] = []
  let received: { route: Route | null; request: FakeRequest }[] = []
  let unanswered: string[] = []
  const log: string[] = []

  async function answer(method: Method, url: URL, headers: Headers, body: unknown): Promise<{ status: number; body: unknown; headers: Record<string, string> }> {
    const path = url.pathname
    const route = [...routes].reverse().find((r) => r.method === method && r.pattern.test(path)) ?? null
    const params: Record<string, string> = {}
    if (route) {
      const match = route.pattern.exec(path)!
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1]!)))
    }
    const request: FakeRequest = { method, url, params, query: url.searchParams, body, headers }
    received.push({ route, request })
    log.push(`${method} ${path}${url.search}`)
    if (!route) {
      unanswered.push(`${method} ${path}${url.search}`)
      return { status: 404, body: { status: 404, title: 'no fake handler' }, headers: { 'Content-Type': 'application/problem+json' } }
    }
    const result = await route.respond(request as FakeRequest<never>)
    if (result instanceof FakeResponse) return { status: result.status, body: result.body, headers: result.headers }
    return { status: 200, body: result, headers: { 'Content-Type': 'application/json' } }
  }

  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init)
    const text = await request.clone().text()
    const body = text && (request.headers.get('Content-Type') ?? '').includes('json') ? JSON.parse(text) : text || undefined
    const reply = await answer(request.method as Method, new URL(request.url), request.headers, body)
    const payload = reply.body instanceof Blob || reply.body === undefined ? (reply.body as Blob | undefined) : JSON.stringify(reply.body)
    return new Response(reply.status === 204 ? null : payload, { status: reply.status, headers: reply.headers })
  }

  /** Uploads go through XMLHttpRequest (for progress): answered from the same routes. */
  class FakeXhr {
    status = 0
    responseText = ''
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null }
    onload: (() => void) | null = null
    onerror: (() => void) | null = null
    onabort: (() => void) | null = null
    private method: Method = 'POST'
    private url = ''
    private readonly headers = new Headers()
    private replyHeaders: Record<string, string> = {}
    open(method: string, url: string) {
      this.method = method as Method
      this.url = url
    }
    setRequestHeader(name: string, value: string) {
      this.headers.set(name, value)
    }
    getResponseHeader(name: string) {
      const found = Object.entries(this.replyHeaders).find(([key]) => key.toLowerCase() === name.toLowerCase())
      return found ? found[1] : null
    }
    abort() {
      this.onabort?.()
    }
    send(form: FormData) {
      const url = new URL(this.url, globalThis.location.origin)
      void answer(this.method, url, this.headers, form.get('file')).then((reply) => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 1 } as ProgressEvent)
        this.status = reply.status
        this.replyHeaders = reply.headers
        this.responseText = reply.body === undefined ? '' : JSON.stringify(reply.body)
        this.onload?.()
      })
    }
  }

  beforeEach(() => {
    routes = []
    received = []
    unanswered = []
    log.length = 0
    vi.stubGlobal('fetch', fakeFetch)
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
    api.on('GET', '/api/v1/sectors', () => SECTORS)
    api.on('GET', '/api/v1/units', () => page([]))
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    expect(unanswered, 'requests the test did not expect (no fake handler)').toEqual([])
  })

  const api: FakeApi = {
    on(method, path, respond) {
      routes.push({ method, template: path as string, ...compile(path as string), respond: respond as Handler })
    },
    calls(method, path) {
      return received.filter((r) => r.route?.method === method && r.route.template === path).map((r) => r.request) as never
    },
    log,
  }
  return api
}
