// `npm run sample`: writes the sample dataset (sanity/sample/data.ndjson) and its images, the same bytes every run.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { buildSampleDocuments, sampleImages, serialiseDataset } from './sample/dataset'
import { renderImage } from './sample/images'

const sampleDir = path.resolve(__dirname, '..', 'sanity', 'sample')
const imagesDir = path.join(sampleDir, 'images')

async function main(): Promise<void> {
  const docs = buildSampleDocuments()
  const images = sampleImages()
  await mkdir(imagesDir, { recursive: true })

  // Files from an earlier run that no document uses any more would be imported for nothing.
  const wanted = new Set(images.map((image) => image.file))
  for (const file of await readdir(imagesDir)) {
    if (!wanted.has(file)) await rm(path.join(imagesDir, file))
  }
  for (const image of images) {
    const bytes = await renderImage(image)
    await writeFile(path.join(imagesDir, image.file), bytes)
    console.log(`sample: images/${image.file} (${Math.round(bytes.length / 1024)} KB)`)
  }
  await writeFile(path.join(sampleDir, 'data.ndjson'), serialiseDataset(docs))
  console.log(`sample: data.ndjson (${docs.length} documents)`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
