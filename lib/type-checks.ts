// Compile-time checks that tie the zod models to the types TypeGen infers for the GROQ queries. If a query, the
// schema or a model drifts apart, `tsc` fails and names the offending path.

type Primitive = string | number | boolean | bigint | symbol | null | undefined

/** Fails to compile unless T is `true`. */
export type Expect<T extends true> = T

/** `true` when no path is reported, otherwise the paths themselves (which then show in the compiler error). */
export type NoPaths<Paths> = [Paths] extends [never] ? true : Paths

type Defined<T> = Exclude<T, null | undefined>
type KeysOfUnion<T> = T extends unknown ? keyof T : never
type ValueOfUnion<T, K> = T extends unknown ? (K extends keyof T ? T[K] : never) : never
type ElementOf<T> = T extends readonly (infer Item)[] ? Item : never

/** The members of the TypeGen union that share the model member's `_type`, or all of them when it has none. */
type Counterpart<Model, Generated> = Model extends { _type: infer Name }
  ? [Extract<Generated, { _type: Name }>] extends [never]
    ? Generated
    : Extract<Generated, { _type: Name }>
  : Generated

/**
 * Every key the model reads, as a path, that the generated type does not have. A model must not read a field the
 * query does not return: it would always be absent. A part of the model whose input is `unknown` (z.unknown(),
 * .catch()) has no keys to compare, so the schema behind it needs a check of its own.
 */
export type MissingKeys<Model, Generated> = Model extends Primitive
  ? never
  : Model extends readonly (infer Item)[]
    ? MissingKeys<Defined<Item>, Defined<ElementOf<Defined<Generated>>>> extends infer Path extends string
      ? [Path] extends [never]
        ? never
        : `[]${Path}`
      : never
    : MissingObjectKeys<Model, Counterpart<Model, Defined<Generated>>>

type MissingObjectKeys<Model, Generated> = {
  [K in keyof Model & string]-?: K extends KeysOfUnion<Generated>
    ? MissingKeys<Defined<Model[K]>, Defined<ValueOfUnion<Generated, K>>> extends infer Path extends string
      ? [Path] extends [never]
        ? never
        : `.${K}${Path}`
      : never
    : `.${K}`
}[keyof Model & string]

/** The generated type with every null and optional removed, deeply: the richest value the query can return. */
export type Complete<T> = T extends Primitive
  ? T
  : T extends readonly (infer Item)[]
    ? Complete<Defined<Item>>[]
    : { [K in keyof T]-?: Complete<Defined<T[K]>> }

type Discriminants<T> = T extends { _type: infer Name } ? Name : never

/**
 * Where the richest value the query can return would be rejected by the model, as paths (`''` is the value itself).
 * It compares leaf by leaf rather than asking TypeScript whether the whole result is assignable: for types this deep
 * the compiler gives up and assumes it is, so a whole-object check would pass things it should not.
 */
export type RejectedPaths<Model, Generated> = RejectedIn<Defined<Model>, Defined<Generated>>

type RejectedIn<Model, Generated> = [Generated] extends [never]
  ? never
  : [Model] extends [Primitive]
    ? [Complete<Generated>] extends [Model]
      ? never
      : ''
    : RejectedMembers<Model, Generated> | UnmatchedMembers<Model, Generated>

type RejectedMembers<Model, Generated> = Model extends readonly (infer Item)[]
  ? Prefixed<'[]', RejectedPaths<Item, ElementOf<Generated>>>
  : Model extends Primitive
    ? never
    : RejectedKeys<Model, Counterpart<Model, Generated>>

/** Members of a generated union whose `_type` the model does not accept at all, e.g. a new block type. */
type UnmatchedMembers<Model, Generated> = [Discriminants<Model>] extends [never]
  ? never
  : Generated extends { _type: infer Name extends string }
    ? Name extends Discriminants<Model>
      ? never
      : `<${Name}>`
    : never

type RejectedKeys<Model, Generated> = {
  [K in keyof Model & string]-?: K extends KeysOfUnion<Generated>
    ? Prefixed<`.${K}`, RejectedPaths<Model[K], ValueOfUnion<Generated, K>>>
    : never
}[keyof Model & string]

type Prefixed<Head extends string, Path> = Path extends string ? `${Head}${Path}` : never
