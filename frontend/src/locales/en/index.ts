import type zhCN from '../zh-CN'
import app from './app'
import campaign from './campaign'
import checklist from './checklist'
import closeout from './closeout'
import enforcement from './enforcement'
import hazard from './hazard'
import home from './home'
import inspection from './inspection'
import ledger from './ledger'
import monitor from './monitor'
import person from './person'
import plan from './plan'
import unit from './unit'

const en: typeof zhCN = {
  ...app,
  ...home,
  ...hazard,
  ...ledger,
  ...closeout,
  ...unit,
  ...person,
  ...inspection,
  ...enforcement,
  ...checklist,
  ...plan,
  ...campaign,
  ...monitor,
}

export default en
