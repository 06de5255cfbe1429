/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { createAppI18n, LOCALES } from '.'
import { ENUM_LABELS, type EnumName } from './enumLabels'

// the contract at the repository's root (the tests run in frontend/)
const CONTRACT = resolve(__dirname, '../../../openapi.yaml')

type Node = { [key: string]: unknown }
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null

/**
 * Every enum of the contract by the name ENUM_LABELS uses: component schemas (HazardState),
 * enums inside a schema (AuditEntry.action, Foo.tags[]), parameters (listHazards.state). An enum
 * found anywhere else keeps its JSON pointer as its name, so it fails below until it is named.
 */
function contractEnums(doc: Node): Map<string, string[]> {
  const found = new Map<string, string[]>()
  function walk(node: unknown, pointer: string[], name: string | null) {
    if (!isNode(node)) return
    if (Array.isArray(node.enum)) found.set(name ?? `#/${pointer.join('/')}`, node.enum.map(String))
    for (const [key, child] of Object.entries(node)) {
      if (key === 'enum') continue
      let next: string | null = null
      if (name !== null) {
        const parent = pointer[pointer.length - 1]
        if (parent === 'properties') next = `${name}.${key}`
        else if (key === 'items') next = `${name}[]`
        else if (['anyOf', 'oneOf', 'allOf'].includes(key) || /^\d+$/.test(key) || key === 'properties') next = name
      }
      walk(child, [...pointer, key], next)
    }
  }
  const schemas = ((doc.components as Node | undefined)?.schemas ?? {}) as Node
  for (const [schema, node] of Object.entries(schemas)) walk(node, ['components', 'schemas', schema], schema)
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Node)) {
    if (!isNode(item)) continue
    const shared = Array.isArray(item.parameters) ? item.parameters : []
    for (const [method, operation] of Object.entries(item)) {
      if (!isNode(operation) || method === 'parameters') continue
      const operationName = typeof operation.operationId === 'string' ? operation.operationId : `${method.toUpperCase()} ${path}`
      const parameters = [...shared, ...(Array.isArray(operation.parameters) ? operation.parameters : [])]
      for (const parameter of parameters) {
        if (isNode(parameter) && isNode(parameter.schema)) walk(parameter.schema, ['paths', path, method, 'parameters', String(parameter.name)], `${operationName}.${parameter.name}`)
      }
      // request and response bodies use the component schemas; an enum written inline there is found by pointer
      for (const part of ['requestBody', 'responses'] as const) walk(operation[part], ['paths', path, method, part], null)
    }
  }
  return found
}

const enums = contractEnums(parse(readFileSync(CONTRACT, 'utf8')) as Node)

describe('labels for the contract\'s enums', () => {
  it('finds the enums of openapi.yaml', () => {
    expect(enums.get('HazardState')).toContain('FOUND')
    expect(enums.get('AuditEntry.action')).toEqual(['CREATE', 'UPDATE'])
  })

  it('knows where the words for every enum are', () => {
    const unlabelled = [...enums.keys()].filter((name) => !(name in ENUM_LABELS))
    expect(unlabelled, 'add these enums to ENUM_LABELS in src/locales/enumLabels.ts').toEqual([])
  })

  it.each(LOCALES)('has a label for every value in %s', (locale) => {
    const i18n = createAppI18n(locale)
    const missing: string[] = []
    for (const [name, values] of enums) {
      const prefix = ENUM_LABELS[name as EnumName]
      if (!prefix) continue
      for (const value of values) {
        if (!i18n.global.te(`${prefix}.${value}`, locale)) missing.push(`${prefix}.${value} (${name})`)
      }
    }
    expect(missing).toEqual([])
  })

  it('lists no enum the contract no longer has', () => {
    expect(Object.keys(ENUM_LABELS).filter((name) => !enums.has(name))).toEqual([])
  })
})
