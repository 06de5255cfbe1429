/** A link to a record's page by its route name, or none when the record is absent. */
export function linkTo(name: string, id: number | null | undefined) {
  if (id === null || id === undefined) return null
  return { name, params: { id } }
}
