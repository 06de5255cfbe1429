import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'
import { ApiError, readProblem, toProblem, type Problem, type ProblemTexts } from './problem'

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

/** The one middleware every API call passes through. */
export function createApiMiddleware(options: ApiMiddlewareOptions): Middleware {
  return {
    async onRequest({ request }) {
      const token = await options.token()
      if (token) request.headers.set('Authorization', `Bearer ${token}`)
      request.headers.set('Accept-Language', options.locale())
      return request
    },
    async onResponse({ response }) {
      if (!response.ok) options.onProblem(await readProblem(response.clone(), options.texts()))
      return undefined
    },
    onError({ error }) {
      options.onNetworkError(error)
      return error instanceof Error ? error : new Error(String(error))
    },
  }
}

export type ApiClient = ReturnType<typeof createClient<paths>>

/**
 * The API is always called with relative URLs (/api/v1/...): the SPA's own origin serves or
 * proxies it. Tests pass an absolute baseUrl because Node's Request needs one.
 */
export function createApiClient(
  options: ApiMiddlewareOptions,
  transport: { fetch?: typeof fetch; baseUrl?: string } = {},
): ApiClient {
  const client = createClient<paths>({ baseUrl: transport.baseUrl ?? '', ...(transport.fetch ? { fetch: transport.fetch } : {}) })
  client.use(createApiMiddleware(options))
  return client
}

interface FetchResult<T> {
  data?: T
  error?: unknown
  response: Response
}

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
}
