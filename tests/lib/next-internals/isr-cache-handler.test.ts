import { createHash } from 'node:crypto'
import { isNextInlineScript, scriptPolicyFor } from '@/lib/next-internals/isr-cache-handler.mjs'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

const FLIGHT_START = '(self.__next_f=self.__next_f||[]).push([0])'
const FLIGHT_DATA = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])'
const TURBOPACK =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["a.js"],"runtimeModuleIds":[1]});'

const page = (...scripts: string[]) =>
  `<!DOCTYPE html><html><head></head><body><main>Post</main>${scripts.join('')}</body></html>`

describe('the script policy of a cached page', () => {
  it("allows exactly Next's inline scripts by hash, and the site's own bundles", () => {
    const html = page(
      `<script>${FLIGHT_START}</script>`,
      `<script id="_R_">${TURBOPACK}</script>`,
      `<script>${FLIGHT_DATA}</script>`,
      '<script src="/_next/static/chunks/main.js" async=""></script>',
    )
    const { policy, unknown } = scriptPolicyFor(html)
    expect(policy).toBe(
      `script-src 'self' ${sha(FLIGHT_START)} ${sha(TURBOPACK)} ${sha(FLIGHT_DATA)}; script-src-attr 'none'`,
    )
    expect(unknown).toBe(0)
  })

  it('leaves out any other inline script, so the browser refuses it, and counts it', () => {
    const injected = [
      'alert(document.cookie)',
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push(alert(1))',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(fetch("//evil.example"));',
    ]
    const { policy, unknown } = scriptPolicyFor(
      page(`<script>${FLIGHT_DATA}</script>`, ...injected.map((code) => `<script>${code}</script>`)),
    )
    expect(unknown).toBe(injected.length)
    for (const code of injected) expect(policy).not.toContain(sha(code))
    expect(policy).toContain(sha(FLIGHT_DATA))
  })

  it('ignores data blocks such as JSON-LD, which never run, and never allows inline code wholesale', () => {
    const { policy, unknown } = scriptPolicyFor(page('<script type="application/ld+json">{"@type":"Article"}</script>'))
    expect(policy).toBe("script-src 'self'; script-src-attr 'none'")
    expect(unknown).toBe(0)
    expect(policy).not.toContain('unsafe')
  })

  it('recognises the shapes Next writes and nothing looser', () => {
    expect(isNextInlineScript(FLIGHT_START)).toBe(true)
    expect(isNextInlineScript(FLIGHT_DATA)).toBe(true)
    expect(isNextInlineScript(TURBOPACK)).toBe(true)
    expect(isNextInlineScript(`${FLIGHT_START};alert(1)`)).toBe(false)
    expect(isNextInlineScript('self.__next_f.push([1,"unterminated])')).toBe(false)
  })
})
