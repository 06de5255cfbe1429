import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, passwordGrantToken, screenshotOnFailure, signIn, testid, WEB_URL, type Browser } from './support'

describe('a village safety officer reads the register of units', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('sees the list of units but no way to create one', async () => {
    const { page } = browser
    screenshotOnFailure(page, 'officer-reads-units')

    await signIn(page, 'officer', 'demo', '/units')
    await page.waitForSelector(testid('units-page'))
    await page.locator(testid('unit-name')).first().waitFor({ state: 'visible' })
    await expect(page.locator(testid('unit-create')).count()).resolves.toBe(0)
    await expect(page.locator(testid('unit-edit')).count()).resolves.toBe(0)
  })

  it('is refused by the API when trying to create a unit anyway', async () => {
    const token = await passwordGrantToken('officer', 'demo')
    const response = await fetch(`${WEB_URL}/api/v1/units`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Accept-Language': 'zh-CN',
      },
      body: JSON.stringify({ kind: 'OFFICE', name: `越权创建 ${Date.now()}`, enforcementPowers: false, sectors: [] }),
    })
    expect(response.status).toBe(403)
    expect(response.headers.get('content-type') ?? '').toContain('application/problem+json')
    const problem = (await response.json()) as { status: number; title: string }
    expect(problem.status).toBe(403)
    expect(problem.title).toBeTruthy()
  })
})
