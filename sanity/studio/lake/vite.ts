import path from 'node:path'
import type { Plugin, PluginOption } from 'vite'
import { studioContentSecurityPolicy } from './csp'

// The Vite side of a Studio build (sanity.cli.ts): for the local lake, the listener spreading (eventsource.ts), no
// script from Sanity's CDN and, under `sanity dev`, the Content-Security-Policy; for a real project, the lake's
// module swapped for nothing, so that build holds no trace of the lake.

/** The Sanity CLI's `<script src="https://core.sanity-cdn.com/bridge.js" …>`, which it adds to every document. */
const BRIDGE_SCRIPT = /<script[^>]*\bsrc="https:\/\/core\.sanity-cdn\.(?:com|work)\/bridge\.js"[^>]*><\/script>\s*/g

export function withoutBridgeScript(html: string): string {
  return html.replace(BRIDGE_SCRIPT, '')
}

type Env = Record<string, string | undefined>

function lakeDir(root: string): string {
  return path.join(root, 'sanity', 'studio', 'lake')
}

/** Whether the CLI builds or serves this Studio for the local lake: SANITY_STUDIO_API_HOST names one. */
export function isLakeStudio(env: Env): boolean {
  return Boolean(env.SANITY_STUDIO_API_HOST?.trim())
}

function lakePlugin(env: Env): Plugin {
  return {
    name: 'freedom-ledger/lake-studio',
    enforce: 'post',
    config: (config) => ({
      resolve: {
        alias: [
          {
            // Exactly the package name @sanity/client imports; eventsource.ts itself imports the `/browser` entry.
            find: /^@sanity\/eventsource$/,
            replacement: path.join(lakeDir(config.root ?? process.cwd()), 'eventsource.ts'),
          },
        ],
      },
    }),
    transformIndexHtml: (html) => withoutBridgeScript(html),
    generateBundle(_options, bundle) {
      const index = bundle['index.html']
      if (index?.type === 'asset' && typeof index.source === 'string') index.source = withoutBridgeScript(index.source)
    },
    configureServer(server) {
      const apiHost = env.SANITY_STUDIO_API_HOST ?? ''
      const siteUrl = env.SANITY_STUDIO_PREVIEW_URL || 'http://localhost:3000'
      const policy = studioContentSecurityPolicy({ apiHost, siteUrl, dev: true })
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', policy)
        next()
      })
    },
  }
}

function realProjectPlugin(): Plugin {
  let lakeIndex = ''
  let off = ''
  return {
    name: 'freedom-ledger/no-lake',
    enforce: 'pre',
    configResolved(config) {
      lakeIndex = path.join(lakeDir(config.root), 'index.ts')
      off = path.join(lakeDir(config.root), 'off.ts')
    },
    async resolveId(source, importer, options) {
      if (!importer || !source.includes('lake')) return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      return resolved?.id === lakeIndex ? off : null
    },
  }
}

/** The plugins to add to the CLI's Vite config for this environment. */
export function studioVitePlugins(env: Env): PluginOption[] {
  return [isLakeStudio(env) ? lakePlugin(env) : realProjectPlugin()]
}
