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
 * query does not return: it would always be absent.
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

/** `true` when a complete query result is accepted by the model's input type. */
export type Accepts<ModelInput, Generated> = [Complete<Defined<Generated>>] extends [ModelInput] ? true : false
