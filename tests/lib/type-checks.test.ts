import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

// The model/query ties in lib/models are compile-time checks; this proves they fail, and say where, on drift.
const root = path.resolve(__dirname, '../..')

const source = `
import { z } from 'zod'
import type { Expect, MissingKeys, NoPaths, RejectedPaths } from '@/lib/type-checks'

type Span = { _type: 'span'; _key: string; text?: string; marks?: Array<string> }
type Generated = {
  _id: string
  seo: { title: string | null } | null
  intro: Array<
    | { _type: 'block'; _key: string; style?: 'normal' | 'h2'; children?: Array<Span> }
    | { _type: 'pullQuote'; _key: string; quote?: Array<{ _type: 'block'; _key: string; children?: Array<Span> }> }
  > | null
} | null

const Span = z.object({ _type: z.literal('span'), _key: z.string(), text: z.string(), marks: z.array(z.string()).nullish() })
const Block = z.object({ _type: z.literal('block'), _key: z.string(), style: z.enum(['normal', 'h2']).nullish(), children: z.array(Span) })
const Quote = z.object({ _type: z.literal('pullQuote'), _key: z.string(), quote: z.array(Block.omit({ style: true })) })
const Good = z.object({ _id: z.string(), seo: z.object({ title: z.string().nullish() }).nullish(), intro: z.array(z.discriminatedUnion('_type', [Block, Quote])).nullish() })
const ReadsMissing = Good.extend({ seo: z.object({ title: z.string().nullish(), keywords: z.string().nullish() }).nullish() })
const TooNarrow = Good.extend({ intro: z.array(z.discriminatedUnion('_type', [Block.extend({ style: z.literal('normal') }), Quote])) })
const DeepNarrow = Good.extend({ intro: z.array(z.discriminatedUnion('_type', [Block, Quote.extend({ quote: z.array(Block.extend({ children: z.array(Span.extend({ marks: z.array(z.enum(['strong', 'em'])) })) })) })])) })
const NoQuotes = Good.extend({ intro: z.array(Block).nullish() })

export type GoodMissing = Expect<NoPaths<MissingKeys<z.input<typeof Good>, Generated>>>
export type GoodRejected = Expect<NoPaths<RejectedPaths<z.input<typeof Good>, Generated>>>
export type DriftMissing = Expect<NoPaths<MissingKeys<z.input<typeof ReadsMissing>, Generated>>>
export type DriftRejected = Expect<NoPaths<RejectedPaths<z.input<typeof TooNarrow>, Generated>>>
export type DriftDeep = Expect<NoPaths<RejectedPaths<z.input<typeof DeepNarrow>, Generated>>>
export type DriftUnion = Expect<NoPaths<RejectedPaths<z.input<typeof NoQuotes>, Generated>>>
`

describe('model/query type checks', () => {
  it('compile for a matching model and fail, naming the path, when model and query drift apart', () => {
    // Under node_modules so that 'zod' resolves and the project's own tsc never picks the file up.
    const cache = path.join(root, 'node_modules', '.cache')
    mkdirSync(cache, { recursive: true })
    const dir = mkdtempSync(path.join(cache, 'type-checks-'))
    try {
      writeFileSync(path.join(dir, 'drift.ts'), source)
      const config = {
        extends: path.join(root, 'tsconfig.json'),
        compilerOptions: { incremental: false, types: [] },
        // `include` is inherited from the project's config unless replaced: only this file, not the whole project.
        files: ['drift.ts'],
        include: [],
      }
      writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(config))
      const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')
      const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', dir], { encoding: 'utf8' })
      const errorLines = result.stdout.split('\n').filter((line) => line.includes('error TS'))
      const linesOf = (name: string) => source.split('\n').findIndex((line) => line.includes(`type ${name} `)) + 1
      expect(errorLines.map((line) => Number(/\((\d+),/.exec(line)?.[1]))).toEqual([
        linesOf('DriftMissing'),
        linesOf('DriftRejected'),
        linesOf('DriftDeep'),
        linesOf('DriftUnion'),
      ])
      expect(result.stdout).toContain(`'".seo.keywords"'`)
      expect(result.stdout).toContain(`'".intro[].style"'`)
      expect(result.stdout).toContain(`'".intro[].quote[].children[].marks[]"'`)
      expect(result.stdout).toContain(`'".intro[]<pullQuote>"'`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
