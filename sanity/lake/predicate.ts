import { DateTime, type ExprNode } from 'groq-js'

/**
 * A filter expression as a plain function of the document, for the part of GROQ the site's list filters use:
 * attributes of `@`, literals, `==` `!=` `<` `<=` `>` `>=` `in`, `&&` `||` `!`, `defined()`, `dateTime()`, `now()`.
 * Each operator follows groq-js's own rules (null for mismatched types, three-valued logic), so a document passes
 * exactly when groq-js would keep it. Anything else is not compiled (null), and groq-js evaluates it as usual.
 */
export type Predicate = (doc: unknown) => boolean

// Parsing the same publish dates on every query is most of a list filter's cost; the strings rarely change.
const parsedDates = new Map<string, DateTime | null>()
const PARSED_DATES_LIMIT = 200_000

function parseDateTime(text: string): DateTime | null {
  let parsed = parsedDates.get(text)
  if (parsed === undefined) {
    const value = DateTime.parseToValue(text)
    parsed = value.type === 'datetime' ? value.data : null
    if (parsedDates.size >= PARSED_DATES_LIMIT) parsedDates.clear()
    parsedDates.set(text, parsed)
  }
  return parsed
}

type Kind = 'null' | 'boolean' | 'number' | 'string' | 'datetime' | 'other'

// A local binding: the import may be a getter on a module namespace, read on every call otherwise.
const GroqDateTime = DateTime

function kindOf(value: unknown): Kind {
  const type = typeof value
  if (type === 'string' || type === 'number' || type === 'boolean') return type
  if (value === null || value === undefined) return 'null'
  return value instanceof GroqDateTime ? 'datetime' : 'other'
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof GroqDateTime)

/** The operations the generated code calls, each a copy of groq-js's rule for it. */
const helpers = {
  attr: (value: unknown, name: string): unknown =>
    isObject(value) && Object.hasOwn(value, name) ? (value[name] ?? null) : null,
  and: (a: unknown, b: unknown): boolean | null =>
    a === false || b === false ? false : typeof a === 'boolean' && typeof b === 'boolean' ? true : null,
  or: (a: unknown, b: unknown): boolean | null =>
    a === true || b === true ? true : typeof a === 'boolean' && typeof b === 'boolean' ? false : null,
  not: (value: unknown): boolean | null => (typeof value === 'boolean' ? !value : null),
  eq: (a: unknown, b: unknown): boolean => {
    const kind = kindOf(a)
    if (kind !== kindOf(b) || kind === 'other') return false
    return kind === 'datetime' ? (a as DateTime).equals(b as DateTime) : a === b || kind === 'null'
  },
  cmp: (a: unknown, b: unknown): number | null => {
    const kind = kindOf(a)
    if (kind !== kindOf(b)) return null
    if (kind === 'number' || kind === 'boolean') return Number(a) - Number(b)
    if (kind === 'string') return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0
    return kind === 'datetime' ? (a as DateTime).compareTo(b as DateTime) : null
  },
  order: (a: unknown, b: unknown, op: string): boolean | null => {
    const order = helpers.cmp(a, b)
    if (order === null) return null
    return op === '<' ? order < 0 : op === '<=' ? order <= 0 : op === '>' ? order > 0 : order >= 0
  },
  within: (item: unknown, list: unknown): boolean | null =>
    Array.isArray(list) ? list.some((candidate) => helpers.eq(item, candidate ?? null)) : null,
  defined: (value: unknown): boolean => value !== null && value !== undefined,
  dateTime: (value: unknown): DateTime | null =>
    value instanceof GroqDateTime ? value : typeof value === 'string' ? parseDateTime(value) : null,
}

const COMPARISONS: ReadonlySet<string> = new Set(['<', '<=', '>', '>='])

/** Source text of one expression, reading the document as `d`, literals from `k` and operations from `h`. */
type Source = { code: string; readsDocument: boolean }

class Generator {
  readonly constants: unknown[] = []

  constructor(private readonly timestamp: Date) {}

  literal(value: unknown): Source {
    this.constants.push(value ?? null)
    return { code: `k[${this.constants.length - 1}]`, readsDocument: false }
  }

  private call(name: keyof typeof helpers, args: (Source | null)[], extra = ''): Source | null {
    if (!args.every((arg): arg is Source => arg !== null)) return null
    return {
      code: `h.${name}(${args.map((arg) => arg.code).join(', ')}${extra})`,
      readsDocument: args.some((arg) => arg.readsDocument),
    }
  }

  source(node: ExprNode): Source | null {
    switch (node.type) {
      case 'Value':
        return this.literal(node.value)
      case 'This':
        return { code: 'd', readsDocument: true }
      case 'Group':
        return this.source(node.base)
      case 'AccessAttribute':
        // JSON.stringify makes any attribute name a safe string literal in the generated code.
        return this.call(
          'attr',
          [node.base ? this.source(node.base) : { code: 'd', readsDocument: true }],
          `, ${JSON.stringify(node.name)}`,
        )
      case 'And':
      case 'Or':
        return this.call(node.type === 'And' ? 'and' : 'or', [this.source(node.left), this.source(node.right)])
      case 'Not':
        return this.call('not', [this.source(node.base)])
      case 'OpCall':
        return this.operator(node.op, this.source(node.left), this.source(node.right))
      case 'FuncCall':
        return node.namespace === 'global' ? this.func(node.name, node.args) : null
      default:
        return null
    }
  }

  private operator(op: string, left: Source | null, right: Source | null): Source | null {
    if (op === '==') return this.call('eq', [left, right])
    if (op === '!=') return this.call('not', [this.call('eq', [left, right])])
    if (op === 'in') return this.call('within', [left, right])
    return COMPARISONS.has(op) ? this.call('order', [left, right], `, ${JSON.stringify(op)}`) : null
  }

  private func(name: string, args: ExprNode[]): Source | null {
    if (name === 'now' && args.length === 0) return this.literal(this.timestamp.toISOString())
    const [arg] = args
    if (!arg || args.length !== 1 || (name !== 'defined' && name !== 'dateTime')) return null
    const inner = this.call(name, [this.source(arg)])
    // `dateTime(now())` and the like are worked out once per query, not once per document.
    return inner && !inner.readsDocument ? this.literal(this.run(inner.code)(null)) : inner
  }

  run(code: string): (doc: unknown) => unknown {
    // Generated rather than nested closures: one small function per filter runs several times faster over thousands
    // of documents. Only fixed helper names and JSON-quoted attribute names reach the source; literals stay in `k`.
    return new Function('k', 'h', `return (d) => ${code}`)(this.constants, helpers) as (doc: unknown) => unknown
  }
}

/** The filter as a function, or null when it uses anything beyond the supported subset (then groq-js runs it). */
export function compilePredicate(expr: ExprNode, timestamp: Date): Predicate | null {
  const generator = new Generator(timestamp)
  const source = generator.source(expr)
  if (!source) return null
  const evaluate = generator.run(source.code)
  return (doc) => evaluate(doc) === true
}

/** Whether an expression reads only `@`'s own attributes (no parameters, parents, subqueries or clock). */
export function readsOnlyDocument(node: ExprNode): boolean {
  switch (node.type) {
    case 'AccessAttribute':
      return node.base === undefined || readsOnlyDocument(node.base)
    case 'This':
    case 'Value':
      return true
    case 'Asc':
    case 'Desc':
    case 'Group':
      return readsOnlyDocument(node.base)
    default:
      return false
  }
}
