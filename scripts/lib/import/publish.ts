import type { SanityClient } from '@sanity/client'
import { configuredClient } from '../dataset-client'
import { IdClashError } from './errors'
import type { LoadedImage } from './images'
import type { MappedPost } from './map-post'
import { resolveImages } from './output'
import type { Existing } from './people'
import { checkTypeClashes, planTransactions, type Stored } from './publish-plan'
import type { PublishTarget } from './run'

// `--publish`: documents go into the configured dataset (the local lake by default, or a real project with an
// Editor token) in transactions, after every clash has been ruled out; images are uploaded first.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function toStored(value: unknown): Stored[] {
  return Array.isArray(value)
    ? value.flatMap((doc) =>
        isRecord(doc) && typeof doc._id === 'string' && typeof doc._type === 'string'
          ? [{ ...doc, _id: doc._id, _type: doc._type }]
          : [],
      )
    : []
}

/** Posts of the import whose slug another post (or its draft) already has. */
async function checkSlugs(client: SanityClient, posts: readonly MappedPost[]): Promise<void> {
  const ours = new Set(posts.flatMap((post) => [post.document._id, `drafts.${post.document._id}`]))
  const taken = toStored(
    await client.fetch('*[_type == "post" && slug.current in $slugs]{ _id, _type, "slug": slug.current }', {
      slugs: posts.map((post) => post.entry.slug),
    }),
  )
  for (const doc of taken) {
    if (ours.has(doc._id)) continue
    const post = posts.find((candidate) => candidate.entry.slug === doc.slug)
    throw new IdClashError(
      `The slug "${String(doc.slug)}" of "${String(post?.document.title)}" is already used by ${doc._id}: rename one of them first`,
    )
  }
}

/** Uploads the images no asset exists for yet; returns each address's asset id. */
async function uploadImages(
  client: SanityClient,
  images: ReadonlyMap<string, LoadedImage>,
  dryRun: boolean,
): Promise<Map<string, string>> {
  const ids = [...images.values()].map((image) => image.assetId)
  const present = new Set(toStored(await client.fetch('*[_id in $ids]{ _id, _type }', { ids })).map((doc) => doc._id))
  const assetIds = new Map<string, string>()
  for (const image of images.values()) {
    if (dryRun || present.has(image.assetId)) {
      assetIds.set(image.url, image.assetId)
      continue
    }
    const asset = await client.assets.upload('image', image.buffer, { filename: image.fileName })
    present.add(asset._id)
    assetIds.set(image.url, asset._id)
  }
  return assetIds
}

export function createPublishTarget(env: NodeJS.ProcessEnv): PublishTarget {
  const client = configuredClient(env, 'write')
  const { dataset } = client.config()
  return {
    describe: `the dataset "${dataset}"`,
    readExisting: async (): Promise<Existing[]> =>
      toStored(
        await client.fetch('*[_type in ["author", "category"]]{ _id, _type, name, title, "slug": slug.current }'),
      ).map((doc) => ({
        _id: doc._id,
        _type: doc._type,
        ...(typeof doc.name === 'string' ? { name: doc.name } : {}),
        ...(typeof doc.title === 'string' ? { title: doc.title } : {}),
        ...(typeof doc.slug === 'string' ? { slug: doc.slug } : {}),
      })),
    publish: async (posts, documents, images, { dryRun, replace }) => {
      await checkSlugs(client, posts)
      const ids = documents.flatMap((doc) => (isRecord(doc) && typeof doc._id === 'string' ? [doc._id] : []))
      const stored = toStored(
        await client.fetch('*[_id in $ids || _id in $drafts]', { ids, drafts: ids.map((id) => `drafts.${id}`) }),
      )
      // Clashes are ruled out before anything is uploaded or written.
      checkTypeClashes(documents, stored)
      const assetIds = await uploadImages(client, images, dryRun)
      const resolved = documents.map((doc) =>
        resolveImages(doc, (url) => ({ asset: { _type: 'reference', _ref: assetIds.get(url) ?? url } })),
      )
      const { transactions, outcomes } = planTransactions(resolved, stored, { replace })
      if (dryRun) return new Map([...outcomes].map(([id, outcome]) => [id, `would be ${outcome}`]))
      for (const mutations of transactions) await client.transaction(mutations).commit({ visibility: 'sync' })
      return outcomes
    },
  }
}
