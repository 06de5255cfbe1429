import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, screenshotOnFailure, signIn, testid, WEB_URL, type Browser } from './support'

describe('the town emergency office keeps the register of units', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('signs in, creates a unit and finds it with the search box', async () => {
    const { page } = browser
    screenshotOnFailure(page, 'admin-creates-unit')

    await signIn(page, 'admin', 'demo')
    await expect(page.textContent(testid('app-title'))).resolves.toContain('安监')

    await page.click(testid('nav-units'))
    await page.waitForURL(`${WEB_URL}/units`)
    await page.waitForSelector(testid('unit-table'))

    const name = `测试办公室 ${Date.now().toString(36)}`
    await page.click(testid('unit-create'))
    const form = page.locator(testid('unit-form'))
    await form.waitFor({ state: 'visible' })
    // a new unit is a functional office unless another kind is chosen; its code is optional
    await page.fill(testid('unit-form-name'), name)
    await page.click(testid('unit-form-submit'))
    await form.waitFor({ state: 'hidden' })

    // the new unit may already be on the first page; the search must narrow the list down to it
    await page.fill(testid('unit-search'), name)
    const names = page.locator(testid('unit-name'))
    await expect.poll(() => names.allTextContents(), { timeout: 15_000 }).toEqual([name])
  })
})
