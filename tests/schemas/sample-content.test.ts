import { readFileSync } from 'node:fs'
import path from 'node:path'
import { runStudioChecks } from './support/studio-harness'
import { parseStudioCheckRequest, type FixtureDocument, type StudioCheckResults } from './support/studio-protocol'

// The sample dataset must be content an editor could have saved: every document passes the Studio's validation.
// Images in the export point at files (`_sanityAsset`); like the local lake's import, they become asset references.

const samplePath = path.resolve(__dirname, '../../sanity/sample/data.ndjson')
const assetId = 'image-0000000000000000000000000000000000000000-1200x800-jpg'

function withAssetReferences(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withAssetReferences)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) =>
      key === '_sanityAsset' ? ['asset', { _type: 'reference', _ref: assetId }] : [key, withAssetReferences(field)],
    ),
  )
}

function readSample(): FixtureDocument[] {
  const lines = readFileSync(samplePath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
  const documents: unknown[] = lines.map((line) => withAssetReferences(JSON.parse(line)))
  const asset = { _id: assetId, _type: 'sanity.imageAsset', _createdAt: 'x', _updatedAt: 'x', _rev: 'x' }
  return parseStudioCheckRequest({ cases: [], dataset: [...documents, asset] }).dataset
}

const sample = readSample()
let results: StudioCheckResults

beforeAll(async () => {
  results = await runStudioChecks({
    cases: sample
      .filter(({ _type }) => _type !== 'sanity.imageAsset')
      .map((document) => ({ name: document._id, document })),
    dataset: sample,
  })
}, 180_000)

describe('sample content', () => {
  it('has posts, authors, categories and the settings document', () => {
    const types = new Set(sample.map(({ _type }) => _type))
    expect([...types]).toEqual(expect.arrayContaining(['post', 'author', 'category', 'siteSettings']))
  })

  it('passes every Studio validation rule', () => {
    const reported = Object.entries(results.markers).filter(([, markers]) => markers.length > 0)
    expect(reported).toEqual([])
  })
})
