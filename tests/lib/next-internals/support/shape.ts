/** A nested property of a module, class or object, or undefined: for reading shapes Next does not type. */
export function field(value: unknown, ...keys: string[]): unknown {
  let current = value
  for (const key of keys)
    current =
      (typeof current === 'object' && current !== null) || typeof current === 'function'
        ? Reflect.get(current, key)
        : undefined
  return current
}

/** Fails with one readable sentence instead of a diff, since the reader is whoever is upgrading Next. */
export function expectShape(holds: boolean, message: string): void {
  if (!holds) throw new Error(`${message}\nRe-read the file named in lib/next-internals/README.md, then update it.`)
}
