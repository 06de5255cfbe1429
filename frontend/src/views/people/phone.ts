// The same patterns the server checks (PersonInput in the OpenAPI contract).

/** 11-digit mainland mobile number. */
export const MOBILE = /^1[3-9]\d{9}$/
/** Landline with area code: 010-61234567, 0571-88888888, 02161234567. */
export const LANDLINE = /^0\d{2,3}-?\d{7,8}$/

export function normalisePhone(value: string | null | undefined): string {
  return (value ?? '').trim()
}

export function isValidPhone(value: string | null | undefined): boolean {
  const phone = normalisePhone(value)
  return MOBILE.test(phone) || LANDLINE.test(phone)
}

/** Keycloak usernames: letters, digits and . _ - @, 2 to 100 characters. */
export const LOGIN = /^[A-Za-z0-9._@-]{2,100}$/
