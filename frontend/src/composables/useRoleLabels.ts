import { useI18n } from 'vue-i18n'
import { ROLES, type Role } from '@/api/types'

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}

/** The user's roles in words (镇应急办, 村居安全员…); technical Keycloak roles are left out. */
export function useRoleLabels() {
  const { t } = useI18n()
  return (roles: readonly string[]) => roles.filter(isRole).map((role) => t(`role.${role}`))
}
