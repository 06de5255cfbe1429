import { addDays, dateInZone, daysBetween } from './format'

/**
 * "Today" as the town reckons it: the date in the town's time zone by the device's clock, corrected
 * by the whole days the device was found to be off when the server last said what day it is
 * (normally none). It moves on at the town's midnight without asking the server again.
 */
export interface TownClock {
  timeZone: string
  /** server's today − the device's idea of the town's today, when the server was asked */
  skewDays: number
}

export function townClock(timeZone: string, serverToday: string, now: Date = new Date()): TownClock {
  return { timeZone, skewDays: daysBetween(dateInZone(now, timeZone), serverToday) }
}

export function townToday(clock: TownClock, now: Date = new Date()): string {
  const date = dateInZone(now, clock.timeZone)
  return clock.skewDays === 0 ? date : addDays(date, clock.skewDays)
}
