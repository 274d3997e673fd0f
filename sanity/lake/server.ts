import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { ASSET_ROUTE, handleAssetUpload } from './asset-upload'
import { resolveAccess, type TokenSets } from './auth'
import { DATA_ROUTE, dispatchData, isWritePath, takesRest } from './data-dispatch'
import type { DataContext } from './data-routes'
import { BadRequestError, LakeHttpError, MethodNotAllowedError, NotFoundError } from './errors'
import { applyCors, closeServer, listen, sendError, sendJson } from './http'
import { createImageHandler, isImagePath } from './images'
import { RequestLog, type RequestRecording } from './request-log'
import { ListenHub } from './listen'
import { openStore } from './open-store'
import { preloadPatcher } from './patch'
import { LAKE_DEFAULTS } from './settings'
import type { CommitListener } from './store'
import { createStudioRoutes } from './studio-routes'
import { errorMessage } from './types'
import { createWebhookSender, type WebhookSenderOptions } from './webhooks'

export { DatasetParseError } from './errors'
export type { LakeRequest, RequestRecording } from './request-log'
export type { CommitEvent, CommitListener, DocumentChange } from './store'
export { WebhookConfigError, type WebhookStats } from './webhooks'

/** The lake's project, dataset and log are used unless given here. */
export type LakeWebhookOptions = Omit<WebhookSenderOptions, 'projectId' | 'dataset'>

/** Defaults for omitted options are LAKE_DEFAULTS, never the environment: lakeOptionsFromEnv reads that. */
export type LakeOptions = {
  /** 0 picks a free port. */
  port?: number
  host?: string
  /** Holds `<dataset>.ndjson` and `images/`. */
  dataDir: string
  /** A `sanity dataset export` folder, imported only when the working file is absent. Default: sanity/sample. */
  seedDir?: string
  projectId?: string
  dataset?: string
  readTokens?: string[]
  writeTokens?: string[]
  /** Base of asset URLs stored on asset documents. Default: the lake's own URL. */
  publicUrl?: string
  log?: (line: string) => void
  /** Sends a signed GROQ-powered webhook for each committed published document, as Sanity does. */
  webhook?: LakeWebhookOptions
  /**
   * Test seam: the clock behind `_createdAt`/`_updatedAt` and GROQ `now()`, so a test can age documents (e.g. an
   * expired preview secret) without waiting, since writers cannot set `_updatedAt`. Default: the system clock.
   */
  now?: () => Date
  /** How often an open listener gets a keep-alive comment. Default 15 s. */
  keepAliveMs?: number
}

export type RequestCounts = { query: number; mutate: number; image: number; other: number }

export type Lake = {
  url: string
  requestCount(): RequestCounts
  /** Starts keeping every request from now on (method, path; for queries the GROQ and its parameters too). */
  recordRequests(): RequestRecording
  onCommit(listener: CommitListener): () => void
  /** How many listen and live-event streams are open. */
  openListeners(): number
  /** Resolves once every webhook queued so far is delivered or given up (at once without webhooks). */
  webhookIdle(): Promise<void>
  close(): Promise<void>
}

export async function startLake(options: LakeOptions): Promise<Lake> {
  const projectId = options.projectId ?? LAKE_DEFAULTS.projectId
  const dataset = options.dataset ?? LAKE_DEFAULTS.dataset
  const log = options.log ?? (() => undefined)
  const now = options.now ?? (() => new Date())
  const tokens: TokenSets = {
    readTokens: options.readTokens ?? [LAKE_DEFAULTS.readToken],
    writeTokens: options.writeTokens ?? [LAKE_DEFAULTS.writeToken],
  }
  const counts: RequestCounts = { query: 0, mutate: 0, image: 0, other: 0 }
  const requestLog = new RequestLog()
  let context: DataContext | null = null
  let listeners: ListenHub | null = null
  // Built before listening, so a malformed filter or projection fails the start with nothing left open.
  const webhooks = options.webhook ? createWebhookSender({ log, ...options.webhook, projectId, dataset }) : null
  const handleImage = createImageHandler({ imagesDir: path.join(options.dataDir, 'images'), projectId, dataset })
  const studioRoutes = createStudioRoutes({ projectId, dataset, dataDir: options.dataDir })

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://lake.invalid')
    const logged = requestLog.add(request.method ?? 'GET', url.pathname)
    if (isImagePath(url.pathname)) {
      counts.image += 1
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        throw new MethodNotAllowedError(request.method ?? '', ['GET', 'HEAD'])
      }
      resolveAccess(request, tokens)
      return handleImage(request, response, url)
    }
    const upload = ASSET_ROUTE.exec(url.pathname)
    if (upload) {
      counts.other += 1
      if (upload[1] !== dataset)
        throw new NotFoundError(`Dataset "${upload[1]}" not found for project ID "${projectId}"`)
      if (!context) throw new LakeHttpError(503, 'The lake is still starting', { error: 'Service Unavailable' })
      const imagesDir = path.join(options.dataDir, 'images')
      return handleAssetUpload(
        { request, response, url, access: resolveAccess(request, tokens) },
        { ...context, imagesDir, publicUrl },
      )
    }
    const match = DATA_ROUTE.exec(url.pathname)
    const [, apiVersion = '', endpoint, datasetName, rest] = match ?? []
    if (endpoint === 'query') counts.query += 1
    else if (endpoint === 'mutate') counts.mutate += 1
    else counts.other += 1
    const access = resolveAccess(request, tokens)
    if (await studioRoutes.handle(request, response, url, access)) return
    if (url.pathname === '/health') {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        throw new MethodNotAllowedError(request.method ?? '', ['GET'])
      }
      return sendJson(response, 200, { ok: true })
    }
    if (!match || takesRest(endpoint ?? '') !== (rest !== undefined))
      throw new NotFoundError(`No route for ${url.pathname}`)
    if (datasetName !== dataset)
      throw new NotFoundError(`Dataset "${datasetName}" not found for project ID "${projectId}"`)
    if (!context || !listeners)
      throw new LakeHttpError(503, 'The lake is still starting', { error: 'Service Unavailable' })
    const call = { request, response, url, apiVersion, access, logged }
    return dispatchData(call, { context, listeners }, endpoint ?? '', rest ?? '')
  }

  const server = createServer((request, response) => {
    applyCors(request, response)
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end()
      return
    }
    route(request, response).catch((error: unknown) => {
      if (error instanceof LakeHttpError) {
        // The Studio rolls back an edit the lake refuses with a 4xx (it cancels the commit), so an editor sees the edit
        // vanish; the log says which request it was and why.
        if (request.method === 'POST' && isWritePath((request.url ?? '').split('?')[0] ?? '')) {
          log(`${request.method} ${request.url} refused: ${error.statusCode} ${error.message}`)
        }
        return sendError(response, error)
      }
      if (error instanceof URIError) return sendError(response, new BadRequestError('Malformed URL encoding'))
      const message = errorMessage(error)
      log(`${request.method} ${request.url} failed: ${message}`)
      sendError(response, new LakeHttpError(500, message, { error: 'Internal Server Error', message }))
    })
  })

  server.on('upgrade', studioRoutes.upgrade)

  const url = await listen(server, options.port ?? LAKE_DEFAULTS.port, options.host ?? LAKE_DEFAULTS.host)
  const publicUrl = (options.publicUrl ?? url).replace(/\/+$/, '')
  try {
    const store = await openStore({
      dataDir: options.dataDir,
      seedDir: options.seedDir ?? path.resolve(__dirname, '..', 'sample'),
      projectId,
      dataset,
      publicUrl,
      log,
      now,
    })
    context = { store, projectId, dataset, now }
    const keepAliveMs = options.keepAliveMs ?? 15_000
    const hub = new ListenHub({ store, projectId, dataset, keepAliveMs, log })
    listeners = hub
    const stopWebhooks = webhooks ? store.onCommit((event) => webhooks.handle(event)) : () => undefined
    // In the background, once the lake is up: the first patch then rarely waits for it.
    void preloadPatcher().catch((error: unknown) => log(`cannot load @sanity/mutator: ${errorMessage(error)}`))
    return {
      url,
      requestCount: () => ({ ...counts }),
      recordRequests: () => requestLog.record(),
      onCommit: (listener) => store.onCommit(listener),
      openListeners: () => hub.openStreams,
      webhookIdle: async () => webhooks?.idle(),
      close: async () => {
        await store.idle()
        hub.close()
        stopWebhooks()
        // Retries are abandoned rather than awaited, so a test or Ctrl-C ends promptly.
        await webhooks?.close()
        studioRoutes.close()
        await closeServer(server)
      },
    }
  } catch (error) {
    studioRoutes.close()
    await closeServer(server)
    throw error
  }
}
