/** An RFC 9457 problem as the backend sends it (application/problem+json). */
export interface Problem {
  type?: string
  title: string
  status: number
  detail?: string
  instance?: string
  errors?: { field: string; message: string }[]
}

/** A failed API call; `problem` carries the server's (already localised) explanation. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail || problem.title)
    this.name = 'ApiError'
  }
}

export interface ProblemTexts {
  unauthorized: string
  forbidden: string
  notFound: string
  server: string
  generic: string
  /** a 413 without an explanation (a proxy's, or the server's body limit) */
  tooLarge: string
  /** an upload answered by a gateway error without an explanation: most likely cut off */
  uploadFailed: string
}

function isProblemBody(body: unknown): body is Partial<Problem> {
  return typeof body === 'object' && body !== null && ('title' in body || 'detail' in body || 'errors' in body)
}

/**
 * Turns any error body into a Problem: the server's own problem+json when there is one, otherwise
 * a plain explanation for the status (a proxy's 502 page, an empty 401…).
 */
export function toProblem(status: number, body: unknown, texts: ProblemTexts): Problem {
  if (isProblemBody(body)) {
    return {
      ...body,
      status: typeof body.status === 'number' ? body.status : status,
      title: body.title || fallbackTitle(status, texts),
      errors: Array.isArray(body.errors) ? body.errors : undefined,
    }
  }
  return { status, title: fallbackTitle(status, texts) }
}

function fallbackTitle(status: number, texts: ProblemTexts): string {
  if (status === 401) return texts.unauthorized
  if (status === 403) return texts.forbidden
  if (status === 404) return texts.notFound
  if (status === 413) return texts.tooLarge
  if (status >= 500) return texts.server
  return texts.generic
}

/**
 * The problem of a failed upload. The server cuts off a body above its HTTP limit without a word,
 * so a gateway error without a problem body (a proxy's 502) most likely means the file was too
 * large or the connection broke, and says so rather than "try again later".
 */
export function toUploadProblem(status: number, body: unknown, texts: ProblemTexts): Problem {
  if (!isProblemBody(body) && status >= 500) return { status, title: texts.uploadFailed }
  return toProblem(status, body, texts)
}

export async function readProblem(response: Response, texts: ProblemTexts): Promise<Problem> {
  let body: unknown = undefined
  const type = response.headers.get('Content-Type') ?? ''
  if (type.includes('json')) {
    try {
      body = await response.json()
    } catch {
      body = undefined
    }
  }
  return toProblem(response.status, body, texts)
}

/** The one line shown to the user for a problem. */
export function problemMessage(problem: Problem, separator = '：'): string {
  if (problem.detail && problem.detail !== problem.title) return `${problem.title}${separator}${problem.detail}`
  return problem.title
}

/**
 * Per-field messages of a 400 for a form, keyed by the body property the server names.
 * "sectors[2]" or "create.body.name" are reduced to "sectors" / "name"; the first message wins.
 */
export function fieldErrors(problem: Problem | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of problem?.errors ?? []) {
    const segments = e.field.split('.')
    const key = (segments[segments.length - 1] ?? e.field).replace(/\[\d*\]$/, '')
    if (key && !(key in out)) out[key] = e.message
  }
  return out
}
