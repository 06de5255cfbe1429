import { describe, expect, it } from 'vitest'
import { fieldErrors, problemMessage, toProblem, toUploadProblem } from './problem'

const texts = { unauthorized: 'u', forbidden: 'f', notFound: 'n', server: 's', generic: 'g', tooLarge: 'big', uploadFailed: 'cut' }

describe('problem+json', () => {
  it('shows title and detail on one line', () => {
    expect(problemMessage({ status: 409, title: '记录冲突', detail: '该记录已被他人修改，请刷新后重试' })).toBe(
      '记录冲突：该记录已被他人修改，请刷新后重试',
    )
    expect(problemMessage({ status: 404, title: 'Not found', detail: 'No unit 9' }, ': ')).toBe('Not found: No unit 9')
    expect(problemMessage({ status: 403, title: '无权限' })).toBe('无权限')
  })

  it('maps server field names onto form fields', () => {
    const errors = fieldErrors({
      status: 400,
      title: 'x',
      errors: [
        { field: 'code', message: 'A' },
        { field: 'create.body.name', message: 'B' },
        { field: 'sectors[1]', message: 'C' },
        { field: 'code', message: 'second message for code is dropped' },
      ],
    })
    expect(errors).toEqual({ code: 'A', name: 'B', sectors: 'C' })
    expect(fieldErrors(undefined)).toEqual({})
  })

  it('fills a missing title from the status', () => {
    expect(toProblem(500, { detail: 'boom' }, texts)).toMatchObject({ status: 500, title: 's', detail: 'boom' })
    expect(toProblem(404, undefined, texts)).toEqual({ status: 404, title: 'n' })
    expect(toProblem(400, 'text', texts)).toEqual({ status: 400, title: 'g' })
    expect(toProblem(413, undefined, texts)).toEqual({ status: 413, title: 'big' })
  })

  it('explains an upload cut off without a word (a gateway\'s 502) as too large or a broken connection', () => {
    expect(toUploadProblem(502, undefined, texts)).toEqual({ status: 502, title: 'cut' })
    expect(toUploadProblem(504, '<html>Gateway Timeout</html>', texts)).toEqual({ status: 504, title: 'cut' })
    expect(toUploadProblem(413, undefined, texts)).toEqual({ status: 413, title: 'big' })
    // the server's own explanation always wins
    expect(toUploadProblem(503, { title: '服务暂不可用', status: 503 }, texts)).toMatchObject({ title: '服务暂不可用' })
    expect(toUploadProblem(413, { title: '内容过大', detail: '文件超过 15 MB 的上限', status: 413 }, texts)).toMatchObject({
      title: '内容过大',
      detail: '文件超过 15 MB 的上限',
    })
  })
})
