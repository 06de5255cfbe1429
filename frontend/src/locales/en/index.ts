import type zhCN from '../zh-CN'
import app from './app'
import closeout from './closeout'
import enforcement from './enforcement'
import hazard from './hazard'
import home from './home'
import inspection from './inspection'
import ledger from './ledger'
import person from './person'
import unit from './unit'
import checklist from './checklist'
import plan from './plan'

const en: typeof zhCN = { ...app, ...home, ...hazard, ...ledger, ...closeout, ...unit, ...person, ...inspection, ...enforcement, ...checklist, ...plan }
import campaign from './campaign'
import monitor from './monitor'

const en: typeof zhCN = { ...app, ...home, ...hazard, ...ledger, ...closeout, ...unit, ...person, ...inspection, ...enforcement, ...campaign, ...monitor }

export default en
