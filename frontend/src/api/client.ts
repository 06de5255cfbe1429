import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'
import { ApiError, readProblem, toProblem, toUploadProblem, type Problem, type ProblemTexts } from './problem'

export interface ApiMiddlewareOptions {
  /** A valid access token, refreshed if it is about to expire. */
  token: () => Promise<string | undefined>
  /** The UI language, sent as Accept-Language so that server messages come back in it. */
  locale: () => string
  texts: () => ProblemTexts
  /** Called once for every failed response, with the server's problem. */
  onProblem: (problem: Problem) => void
  /** Called when the request did not reach the server at all. */
  onNetworkError: (error: unknown) => void
}

/**
 * Marks a background request (a poll the user did not ask for): its failure is not shown to the
 * user, the caller decides. The header never leaves the browser; the middleware removes it.
 */
export const QUIET_HEADER = 'X-Anjian-Quiet'
export const quiet = { headers: { [QUIET_HEADER]: '1' } } as const

/** The one middleware every API call passes through. */
export function createApiMiddleware(options: ApiMiddlewareOptions): Middleware {
  const quietRequests = new WeakSet<Request>()
  return {
    async onRequest({ request }) {
      if (request.headers.has(QUIET_HEADER)) {
        request.headers.delete(QUIET_HEADER)
        quietRequests.add(request)
      }
      const token = await options.token()
      if (token) request.headers.set('Authorization', `Bearer ${token}`)
      request.headers.set('Accept-Language', options.locale())
      return request
    },
    async onResponse({ request, response }) {
      if (!response.ok && !quietRequests.has(request)) {
        options.onProblem(await readProblem(response.clone(), options.texts()))
      }
      return undefined
    },
    onError({ request, error }) {
      if (!quietRequests.has(request)) options.onNetworkError(error)
      return error instanceof Error ? error : new Error(String(error))
    },
  }
}

export type ApiClient = ReturnType<typeof createClient<paths>>

/**
 * The API is always at the SPA's own origin (/api/v1/...), which serves or proxies it; the origin
 * is spelt out because Node's Request (in tests) needs an absolute URL. The browser's fetch is
 * looked up at each call, not once, so that a test can answer at the network boundary.
 */
export function createApiClient(
  options: ApiMiddlewareOptions,
  transport: { fetch?: typeof fetch; baseUrl?: string } = {},
): ApiClient {
  const client = createClient<paths>({
    baseUrl: transport.baseUrl ?? globalThis.location?.origin ?? '',
    fetch: transport.fetch ?? ((input: Request) => globalThis.fetch(input)),
  })
  client.use(createApiMiddleware(options))
  return client
}

interface FetchResult<T> {
  data?: T
  error?: unknown
  response: Response
}

/**
 * A multipart upload of one file (field "file") with progress, through the same token, language
 * and problem handling as every other call. fetch() cannot report upload progress, hence XHR.
 */
export function createUploader(
  options: ApiMiddlewareOptions,
  transport: { xhr?: () => XMLHttpRequest; baseUrl?: string } = {},
) {
  return async function upload<T>(url: string, file: Blob, progress?: { onProgress?: (percent: number) => void; signal?: AbortSignal }): Promise<T> {
    const token = await options.token()
    return new Promise<T>((resolve, reject) => {
      const xhr = transport.xhr ? transport.xhr() : new XMLHttpRequest()
      xhr.open('POST', `${transport.baseUrl ?? ''}${url}`)
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
      xhr.setRequestHeader('Accept-Language', options.locale())
      xhr.setRequestHeader('Accept', 'application/json')
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) progress?.onProgress?.(Math.min(100, Math.round((event.loaded * 100) / event.total)))
      }
      xhr.onload = () => {
        const type = xhr.getResponseHeader('Content-Type') ?? ''
        let body: unknown = undefined
        if (type.includes('json') && xhr.responseText) {
          try {
            body = JSON.parse(xhr.responseText)
          } catch {
            body = undefined
          }
        }
        if (xhr.status >= 200 && xhr.status < 300) {
          progress?.onProgress?.(100)
          resolve(body as T)
          return
        }
        const problem = toUploadProblem(xhr.status, body, options.texts())
        options.onProblem(problem)
        reject(new ApiError(xhr.status, problem))
      }
      xhr.onerror = () => {
        const error = new TypeError('Upload failed')
        options.onNetworkError(error)
        reject(error)
      }
      xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'))
      progress?.signal?.addEventListener('abort', () => xhr.abort(), { once: true })
      const form = new FormData()
      form.append('file', file, file instanceof File ? file.name : 'upload')
      xhr.send(form)
    })
  }
}

export type Uploader = ReturnType<typeof createUploader>

/**
 * The data of a successful call, or an ApiError carrying the problem. The user has already been
 * told about the error by the middleware; callers only decide what else to do (field messages,
 * offering a reload…).
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>, texts?: ProblemTexts): Promise<T> {
  const { data, error, response } = await call
  if (!response.ok || error !== undefined) {
    throw new ApiError(response.status, toProblem(response.status, error, texts ?? defaultTexts))
  }
  return data as T
}

const defaultTexts: ProblemTexts = {
  unauthorized: 'Unauthorized',
  forbidden: 'Forbidden',
  notFound: 'Not found',
  server: 'Server error',
  generic: 'Error',
  tooLarge: 'Too large',
  uploadFailed: 'Upload failed',
}
