import { describe, expect, it } from 'vitest'
import { exceeds, formatBytes, isPhotoFile } from './fileSize'

const MB = 1024 * 1024
function sized(name: string, type: string, size: number): File {
  const file = new File(['x'], name, { type })
  Object.defineProperty(file, 'size', { value: size })
  return file
}

describe('upload limits', () => {
  it('writes a limit as people read it', () => {
    expect(formatBytes(15 * MB)).toBe('15 MB')
    expect(formatBytes(20 * MB)).toBe('20 MB')
    expect(formatBytes(1.5 * MB)).toBe('1.5 MB')
    expect(formatBytes(500 * 1024)).toBe('500 KB')
    expect(formatBytes(300)).toBe('300 B')
  })

  it('tells photos from documents as the server does, HEIC without a type included', () => {
    expect(isPhotoFile(sized('a.jpg', 'image/jpeg', 1))).toBe(true)
    expect(isPhotoFile(sized('IMG_0001.HEIC', '', 1))).toBe(true)
    expect(isPhotoFile(sized('plan.pdf', 'application/pdf', 1))).toBe(false)
    expect(isPhotoFile(sized('notes', '', 1))).toBe(false)
  })

  it('refuses only what is above the limit; without a limit the server decides', () => {
    expect(exceeds(sized('a.jpg', 'image/jpeg', 15 * MB), 15 * MB)).toBe(false)
    expect(exceeds(sized('a.jpg', 'image/jpeg', 15 * MB + 1), 15 * MB)).toBe(true)
    expect(exceeds(sized('a.jpg', 'image/jpeg', 99 * MB), undefined)).toBe(false)
  })
})
