// The application's API client: relative URLs (/api/v1/...), the signed-in user's token and the
// UI language on every request, and every failure shown to the user in one place.
import { freshToken, login } from '@/auth/keycloak'
import { currentLocale, i18n } from '@/locales'
import { createApiClient, createUploader, unwrap as unwrapWith, type ApiMiddlewareOptions } from './client'
import { filenameFromDisposition, saveBlob } from './download'
import { exceeds, FileTooLargeError, formatBytes, type FileKind } from './fileSize'
import { problemMessage, type Problem, type ProblemTexts } from './problem'

function texts(): ProblemTexts {
  const t = i18n.global.t
  return {
    unauthorized: t('problem.unauthorized'),
    forbidden: t('problem.forbidden'),
    notFound: t('problem.notFound'),
    server: t('problem.server'),
    generic: t('problem.generic'),
    tooLarge: t('problem.tooLarge'),
    uploadFailed: t('problem.uploadFailed'),
  }
}

export function notifyProblem(problem: Problem) {
  const separator = currentLocale() === 'zh-CN' ? '：' : ': '
  // a 400 with field errors is shown under the fields by the form; one short line is enough here
  const message = problem.status === 400 && problem.errors?.length ? problem.title : problemMessage(problem, separator)
  ElMessage({ type: problem.status < 500 ? 'warning' : 'error', message, grouping: true, showClose: true })
  if (problem.status === 401) login()
}

const options: ApiMiddlewareOptions = {
  token: freshToken,
  locale: currentLocale,
  texts,
  onProblem: notifyProblem,
  onNetworkError: () => ElMessage({ type: 'error', message: i18n.global.t('problem.network'), grouping: true }),
}

export const api = createApiClient(options)

/** Uploads one file as multipart field "file", reporting progress; failures are shown like any other. */
export const upload = createUploader(options)

/**
 * Refuses a file above the server's limit for its kind before anything is sent: tells the user, as
 * for any refusal, and throws a FileTooLargeError for the caller to show beside the file.
 */
export function checkFileSize(file: Blob, kind: FileKind, limit: number | null | undefined): void {
  if (!exceeds(file, limit)) return
  const message = i18n.global.t(`upload.limit.${kind}`, { limit: formatBytes(limit) })
  ElMessage({ type: 'warning', message, grouping: true, showClose: true })
  throw new FileTooLargeError(kind, limit, message)
}

export function unwrap<T>(call: Parameters<typeof unwrapWith<T>>[0]): Promise<T> {
  return unwrapWith(call, texts())
}

/**
 * Downloads a file the API streams (an .xlsx export or template) with the user's token, and saves
 * it under the name the server gave it. Call with `parseAs: 'blob'`.
 */
export async function download(call: Promise<{ data?: Blob; error?: unknown; response: Response }>, fallbackName: string): Promise<string> {
  const result = await call
  const blob = await unwrap(Promise.resolve(result))
  const name = filenameFromDisposition(result.response.headers.get('Content-Disposition')) ?? fallbackName
  saveBlob(blob, name)
  return name
}

export { ApiError, fieldErrors } from './problem'
export { FileTooLargeError, isPhotoFile, type FileKind } from './fileSize'
export { quiet } from './client'
export type { Problem } from './problem'
