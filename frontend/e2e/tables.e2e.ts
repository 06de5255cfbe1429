// The lists with the most columns, on the laptops the town's offices use (1366×768): every column
// in view without scrolling sideways, and no date or number broken or cut ("2026年12月9").
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closedHazard, hazardForEveryone } from './seed'
import { launch, screenshotOnFailure, signIn, testid, WEB_URL, type Browser } from './support'

/** What the browser measures of a table: overflow sideways, and cells whose value does not fit. */
async function measure(page: Page, table: string) {
  await page.locator(`${testid(table)} tbody tr`).first().waitFor()
  return page.evaluate(`(() => {
    const table = document.querySelector('[data-testid="${table}"]')
    const body = table.querySelector('.el-table__body-wrapper .el-scrollbar__wrap') || table.querySelector('.el-table__body-wrapper')
    const cut = []
    for (const cell of table.querySelectorAll('td .cell, th .cell')) {
      // long free text ends in "…" with a tooltip by design; anything else must fit whole
      if (cell.classList.contains('el-tooltip')) continue
      if (cell.scrollWidth > cell.clientWidth + 1) cut.push(cell.innerText)
      if (cell.closest('td.nowrap') && cell.getClientRects()[0] && /\\d年\\d+月\\d*$/.test(cell.innerText.split('\\n')[0])) cut.push(cell.innerText)
    }
    return {
      overflow: body.scrollWidth - body.clientWidth,
      headers: Array.from(table.querySelectorAll('th .cell')).map((th) => th.innerText.trim()).filter(Boolean),
      cut,
    }
  })()`) as Promise<{ overflow: number; headers: string[]; cut: string[] }>
}

describe('tables at 1366×768', () => {
  let browser: Browser
  beforeAll(async () => {
    await closedHazard()
    await hazardForEveryone()
    browser = await launch({ viewport: { width: 1366, height: 768 } })
    await signIn(browser.page, 'admin', 'demo')
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('the hazard list shows every column, and whole dates', async () => {
    const { page } = browser
    screenshotOnFailure(page, 'table-hazards-1366')
    await page.goto(`${WEB_URL}/hazards`)
    const seen = await measure(page, 'hazard-table')
    expect.soft(seen.headers).toEqual(['编号', '单位', '部位', '描述', '行业领域', '发现日期', '等级', '状态', '整改期限'])
    expect.soft(seen.overflow).toBeLessThanOrEqual(0)
    expect(seen.cut).toEqual([])
  })

  it('the close-out ledger shows every column, and whole dates', async () => {
    const { page } = browser
    screenshotOnFailure(page, 'table-closeouts-1366')
    await page.goto(`${WEB_URL}/closeouts`)
    const seen = await measure(page, 'closeout-table')
    expect.soft(seen.headers).toEqual(['销号编号', '单位', '部位', '描述', '发现日期', '整改完成', '验收', '销号', '销号单位'])
    expect.soft(seen.overflow).toBeLessThanOrEqual(0)
    expect(seen.cut).toEqual([])
  })
})
