import { mulberry32 } from '../mulberry32'

/** A seeded pseudo-random source (mulberry32): the same seed gives the same dataset on every machine and run. */
export class Random {
  private readonly source: () => number

  constructor(seed: number) {
    this.source = mulberry32(seed)
  }

  /** A float in [0, 1). */
  next(): number {
    return this.source()
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new RangeError('Cannot pick from an empty list')
    return item
  }

  /** `count` distinct items in random order (fewer when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items]
    const picked: T[] = []
    while (picked.length < count && pool.length > 0) {
      const [item] = pool.splice(Math.floor(this.next() * pool.length), 1)
      if (item !== undefined) picked.push(item)
    }
    return picked
  }
}
