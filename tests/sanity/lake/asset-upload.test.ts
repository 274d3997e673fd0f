import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { clientFor, failureOf, startTestLake, stopTestLake, type TestLake, WRITE_TOKEN } from './lake-fixture'
import { listening, mutationCount } from './listen-support'

let test: TestLake
beforeEach(async () => {
  test = await startTestLake([])
})
afterEach(() => stopTestLake(test))

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .png()
    .toBuffer()

describe('image upload', () => {
  it('stores the file as a sanity.imageAsset in Sanity’s shape, announced to listeners and served back', async () => {
    const client = clientFor(test.lake, WRITE_TOKEN)
    const listener = await listening(client, '*[_type == "sanity.imageAsset"]')
    const file = await png(320, 200)
    const sha1 = createHash('sha1').update(file).digest('hex')
    const asset = await client.assets.upload('image', file, { filename: 'cover.png' })
    expect(asset).toEqual({
      _id: `image-${sha1}-320x200-png`,
      _type: 'sanity.imageAsset',
      _rev: expect.any(String),
      _createdAt: expect.any(String),
      _updatedAt: expect.any(String),
      assetId: sha1,
      sha1hash: sha1,
      extension: 'png',
      mimeType: 'image/png',
      size: file.length,
      originalFilename: 'cover.png',
      path: `images/local/production/${sha1}-320x200.png`,
      url: `${test.lake.url}/images/local/production/${sha1}-320x200.png`,
      uploadId: expect.any(String),
      metadata: {
        _type: 'sanity.imageMetadata',
        dimensions: { _type: 'sanity.imageDimensions', width: 320, height: 200, aspectRatio: 1.6 },
        lqip: expect.stringMatching(/^data:image\/jpeg;base64,/),
        hasAlpha: false,
        isOpaque: true,
      },
    })
    const [event] = (await listener.until(mutationCount(1))).filter((e) => e.type === 'mutation')
    expect(event).toMatchObject({ documentId: asset._id, transition: 'appear', resultRev: asset._rev })
    // What the Studio asks before uploading, to find a file it already has.
    const duplicate = await client.fetch('*[_type == $documentType && sha1hash == $hash][0]', {
      documentType: 'sanity.imageAsset',
      hash: sha1,
    })
    expect(duplicate).toEqual(asset)
    const served = await fetch(`${asset.url}?w=32`)
    expect(served.status).toBe(200)
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).width).toBe(32)
    listener.stop()
  })

  it('gives the same asset for the same bytes, unchanged, and a new one for other bytes', async () => {
    const client = clientFor(test.lake, WRITE_TOKEN)
    const file = await png(40, 30)
    const first = await client.assets.upload('image', file, { filename: 'a.png' })
    const second = await client.assets.upload('image', file, { filename: 'renamed.png' })
    expect(second).toEqual(first)
    const other = await client.assets.upload('image', await png(41, 30), { filename: 'b.png' })
    expect(other._id).not.toBe(first._id)
    expect(await client.fetch('count(*[_type == "sanity.imageAsset"])')).toBe(2)
  })

  it('refuses a file that is not an image (400) and an upload without a write token', async () => {
    const client = clientFor(test.lake, WRITE_TOKEN)
    const bad = await failureOf(client.assets.upload('image', Buffer.from('not an image'), { filename: 'x.png' }))
    expect(bad).toMatchObject({ statusCode: 400, message: expect.stringContaining('Invalid image') })
    const anonymous = await failureOf(clientFor(test.lake).assets.upload('image', await png(4, 4)))
    expect(anonymous.statusCode).toBe(401)
  })
})
