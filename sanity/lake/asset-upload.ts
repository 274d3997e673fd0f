import { mkdir } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { identityOf, requireWriteAccess, type Access } from './auth'
import type { DataContext } from './data-routes'
import { BadRequestError, MethodNotAllowedError, PayloadTooLargeError } from './errors'
import { sendJson } from './http'
import { randomToken } from './ids'
import { describeImage } from './image-assets'
import { applyMutations } from './mutations'
import { writeFileAtomic } from './persist'

// `POST /v<version>/assets/images/<dataset>?filename=…` with the file as the body, as `client.assets.upload('image',
// …)` sends it: the file is stored under the lake's images folder and described by a `sanity.imageAsset` document,
// whose id (content hash, size, format) is Sanity's, so uploading the same file twice gives the same asset.

export const ASSET_ROUTE = /^\/v(?:\d+|X|\d{4}-\d{2}-\d{2})\/assets\/images\/([^/]+)$/

const UPLOAD_LIMIT = 50 * 1024 * 1024

export type AssetUploadContext = DataContext & { imagesDir: string; publicUrl: string }

async function readBuffer(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    size += buffer.length
    if (size > UPLOAD_LIMIT) throw new PayloadTooLargeError(UPLOAD_LIMIT)
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

export async function handleAssetUpload(
  call: { request: IncomingMessage; response: ServerResponse; url: URL; access: Access },
  context: AssetUploadContext,
): Promise<void> {
  const { request, response, url, access } = call
  if (request.method !== 'POST') throw new MethodNotAllowedError(request.method ?? '', ['POST'])
  requireWriteAccess(access)
  const body = await readBuffer(request)
  if (body.length === 0) throw new BadRequestError('The request body must be the image file')
  const filename = path.basename(url.searchParams.get('filename') ?? 'upload')
  const { projectId, dataset, publicUrl } = context
  const described = await describeImage(body, filename, { projectId, dataset, publicUrl }).catch((error: unknown) => {
    throw new BadRequestError(`Invalid image: ${error instanceof Error ? error.message : String(error)}`)
  })
  await mkdir(context.imagesDir, { recursive: true })
  await writeFileAtomic(path.join(context.imagesDir, described.storedName), body)
  // Identical bytes give the same id, so a second upload of a file finds the first one's asset and keeps it.
  const asset = { ...described.asset, uploadId: randomToken() }
  const { value: results } = await context.store.transact({ identity: identityOf(access) }, (current, transaction) =>
    applyMutations(current, [{ createIfNotExists: asset }], {
      rev: transaction.id,
      now: transaction.timestamp,
      projectId,
      dataset,
    }),
  )
  const [result] = results
  sendJson(response, 200, { document: result?.document ?? asset })
}
