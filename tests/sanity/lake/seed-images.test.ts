import { createHash } from 'node:crypto'
import { request } from 'node:http'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { createImageUrlBuilder } from '@sanity/image-url'
import sharp from 'sharp'
import { startLake, type Lake } from '@/sanity/lake/server'
import { clientFor, makeTempDir, READ_TOKEN, writeSeed } from './lake-fixture'

let png: Buffer
let sha1: string
let lake: Lake
let dataDir: string
let seedDir: string

beforeAll(async () => {
  png = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .png()
    .toBuffer()
  sha1 = createHash('sha1').update(png).digest('hex')
  seedDir = await writeSeed(
    [
      {
        _id: 'post-1',
        _type: 'post',
        title: 'With cover',
        coverImage: { _type: 'image', _sanityAsset: 'image@file://./images/cover.png', alt: 'A red square' },
        body: [
          { _key: 'b1', _type: 'figure', image: { _sanityAsset: 'image@file://./images/cover.png', alt: 'Again' } },
        ],
      },
    ],
    { 'cover.png': png },
  )
  dataDir = await makeTempDir()
  lake = await startLake({ port: 0, dataDir, seedDir, readTokens: [READ_TOKEN] })
})

afterAll(async () => {
  await lake.close()
  await rm(dataDir, { recursive: true, force: true })
  await rm(seedDir, { recursive: true, force: true })
})

const assetId = () => `image-${sha1}-64x48-png`

describe('seeding from an export folder', () => {
  it('turns each _sanityAsset image into one sanity.imageAsset document', async () => {
    const assets = await clientFor(lake).fetch('*[_type == "sanity.imageAsset"]')
    expect(assets).toEqual([
      expect.objectContaining({
        _id: assetId(),
        assetId: sha1,
        sha1hash: sha1,
        extension: 'png',
        mimeType: 'image/png',
        originalFilename: 'cover.png',
        size: png.length,
        path: `images/local/production/${sha1}-64x48.png`,
        url: `${lake.url}/images/local/production/${sha1}-64x48.png`,
        metadata: {
          _type: 'sanity.imageMetadata',
          dimensions: { _type: 'sanity.imageDimensions', width: 64, height: 48, aspectRatio: 64 / 48 },
          lqip: expect.stringMatching(/^data:image\/jpeg;base64,[A-Za-z0-9+/=]+$/),
          hasAlpha: false,
          isOpaque: true,
        },
      }),
    ])
  })

  it('rewrites the fields as references to the asset, keeping their other fields', async () => {
    const post = await clientFor(lake).fetch(
      '*[_id == "post-1"][0]{coverImage, body, "width": coverImage.asset->metadata.dimensions.width}',
    )
    expect(post.coverImage).toEqual({
      _type: 'image',
      asset: { _type: 'reference', _ref: assetId() },
      alt: 'A red square',
    })
    expect(post.body[0].image).toEqual({ _type: 'image', asset: { _type: 'reference', _ref: assetId() }, alt: 'Again' })
    expect(post.width).toBe(64)
  })

  it('copies the file into the data folder', async () => {
    expect(await readFile(path.join(dataDir, 'images', `${sha1}-64x48.png`))).toEqual(png)
  })
})

describe('serving images', () => {
  const builder = () => createImageUrlBuilder({ projectId: 'local', dataset: 'production', baseUrl: lake.url })
  const source = () => ({ asset: { _ref: assetId() } })

  it('serves the original at the URL @sanity/image-url builds, cacheable forever', async () => {
    const response = await fetch(builder().image(source()).url())
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(Buffer.from(await response.arrayBuffer())).toEqual(png)
  })

  it('resizes when a width is given', async () => {
    const response = await fetch(builder().image(source()).width(32).url())
    const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
    expect([metadata.width, metadata.height]).toEqual([32, 24])
  })

  it('crops to an exact box with fit=crop and a rect', async () => {
    const cropped = await fetch(builder().image(source()).width(20).height(20).fit('crop').url())
    expect(await sizeOf(cropped)).toEqual([20, 20])
    const rect = await fetch(`${builder().image(source()).url()}?rect=0,0,10,12`)
    expect(await sizeOf(rect)).toEqual([10, 12])
  })

  it('picks webp for auto=format when the browser accepts it, and honours fm', async () => {
    const url = builder().image(source()).width(16).auto('format').url()
    const webp = await fetch(url, { headers: { Accept: 'image/avif,image/webp,*/*' } })
    expect(webp.headers.get('content-type')).toBe('image/webp')
    const fallback = await fetch(url, { headers: { Accept: 'image/png' } })
    expect(fallback.headers.get('content-type')).toBe('image/png')
    const jpeg = await fetch(builder().image(source()).format('jpg').url())
    expect(jpeg.headers.get('content-type')).toBe('image/jpeg')
  })

  it('caps requested sizes', async () => {
    const response = await fetch(builder().image(source()).width(100_000).url())
    expect((await sizeOf(response))[0]).toBe(4000)
  })

  it('answers 404 for unknown images, other projects and anything outside the strict pattern', async () => {
    const missing = `/images/local/production/${'0'.repeat(40)}-64x48.png`
    expect(await statusOf(missing)).toBe(404)
    expect(await statusOf(`/images/other/production/${sha1}-64x48.png`)).toBe(404)
    expect(await statusOf('/images/local/production/../../production.ndjson')).toBe(404)
    expect(await statusOf('/images/local/production/%2e%2e%2fproduction.ndjson')).toBe(404)
  })
})

describe('asset URLs', () => {
  it('follow the lake’s current address after a restart', async () => {
    const second = await startLake({ port: 0, dataDir, seedDir })
    try {
      const url = await clientFor(second).fetch('*[_type == "sanity.imageAsset"][0].url')
      expect(url).toBe(`${second.url}/images/local/production/${sha1}-64x48.png`)
      expect(second.url).not.toBe(lake.url)
    } finally {
      await second.close()
    }
  })
})

async function sizeOf(response: Response): Promise<[number, number]> {
  const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
  return [metadata.width, metadata.height]
}

/** A raw request, so `..` segments reach the server as written instead of being normalised by fetch. */
function statusOf(pathname: string): Promise<number | undefined> {
  const { hostname, port } = new URL(lake.url)
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: pathname }, (response) => {
      response.resume()
      resolve(response.statusCode)
    })
    req.on('error', reject)
    req.end()
  })
}
