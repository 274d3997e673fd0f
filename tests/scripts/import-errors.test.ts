import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { fixtureDir, readNdjson, runScript, tempDir } from './support/run-script'

// Bad input stops the import with one clear line, and leaves whatever was there before exactly as it was.

const cover = readFileSync(path.join(fixtureDir, 'images', 'cover-global-report-2026.jpg'))
let server: Server
let origin = ''

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/content/cover.jpg') response.writeHead(200, { 'content-type': 'image/jpeg' }).end(cover)
    else if (request.url === '/content/not-an-image.jpg') response.writeHead(200).end('<html>gone</html>')
    else response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  origin = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : ''
})

afterAll(() => new Promise((resolve) => server.close(resolve)))

function exportFile(items: string): string {
  const file = path.join(tempDir('export'), 'export.xml')
  writeFileSync(
    file,
    `<?xml version="1.0"?><rss xmlns:content="c" xmlns:wp="w" xmlns:dc="d" xmlns:excerpt="e"><channel><link>https://old.example</link>${items}</channel></rss>`,
  )
  return file
}

const post = (title: string, attachmentUrl?: string) =>
  `<item><title>${title}</title><link>/blog/only-post</link><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type>` +
  `<wp:status>publish</wp:status><wp:post_date_gmt>2025-05-01 10:00:00</wp:post_date_gmt>` +
  `<content:encoded><![CDATA[<p>Some text.</p>]]></content:encoded></item>` +
  (attachmentUrl
    ? `<item><wp:post_id>2</wp:post_id><wp:post_parent>1</wp:post_parent><wp:post_type>attachment</wp:post_type><wp:attachment_url>${attachmentUrl}</wp:attachment_url></item>`
    : '')

/** An earlier import's folder, to show a failed run leaves it alone. */
function previousFolder(): string {
  const out = path.join(tempDir('import-previous'), 'out')
  mkdirSync(out)
  writeFileSync(path.join(out, 'data.ndjson'), '{"_id":"earlier","_type":"post"}\n')
  return out
}

describe('import errors', () => {
  it('names the line and column of malformed XML and writes nothing', async () => {
    const out = previousFolder()
    const result = await runScript('import.ts', [exportFile('<item><title>Open</item>'), '--out', out])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^import: export\.xml is not well-formed XML \(line 1, column \d+\): /)
    expect(readFileSync(path.join(out, 'data.ndjson'), 'utf8')).toBe('{"_id":"earlier","_type":"post"}\n')
  })

  it('says an export has no published posts', async () => {
    const result = await runScript('import.ts', [exportFile(''), '--out', path.join(tempDir('none'), 'out')])
    expect(result).toMatchObject({ code: 1, stderr: 'import: export.xml has no published posts to import\n' })
  })

  it('names a published post with no title', async () => {
    const result = await runScript('import.ts', [exportFile(post('')), '--out', path.join(tempDir('untitled'), 'out')])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('The published post 1 at /blog/only-post has no title')
  })

  it('downloads an image that is not in the images folder', async () => {
    const out = path.join(tempDir('download'), 'out')
    const result = await runScript('import.ts', [
      exportFile(post('Fetched', `${origin}/content/cover.jpg`)),
      '--out',
      out,
    ])
    expect(result.code).toBe(0)
    expect(readdirSync(path.join(out, 'images'))).toEqual([expect.stringMatching(/-cover\.jpg$/)])
    const [doc] = readNdjson(readFileSync(path.join(out, 'data.ndjson'), 'utf8')).filter((d) => d._type === 'post')
    expect(doc?.coverImage).toMatchObject({ _sanityAsset: expect.stringContaining('-cover.jpg') })
  }, 120_000)

  it('stops on an image that cannot be read, naming it and its post, and keeps the earlier folder', async () => {
    const out = previousFolder()
    const missing = await runScript('import.ts', [
      exportFile(post('Broken', `${origin}/content/gone.jpg`)),
      '--out',
      out,
    ])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain(
      `import: Cannot read the image ${origin}/content/gone.jpg (used by "Broken"): it could not be downloaded (the server answered 404)`,
    )
    const junk = await runScript('import.ts', [
      exportFile(post('Junk', `${origin}/content/not-an-image.jpg`)),
      '--out',
      out,
    ])
    expect(junk.stderr).toContain(`import: Cannot read the image ${origin}/content/not-an-image.jpg (used by "Junk")`)
    expect(readdirSync(out)).toEqual(['data.ndjson'])
    expect(readFileSync(path.join(out, 'data.ndjson'), 'utf8')).toBe('{"_id":"earlier","_type":"post"}\n')
  }, 120_000)

  it('will not replace a folder that holds anything but an earlier import', async () => {
    const out = path.join(tempDir('foreign'), 'out')
    mkdirSync(out)
    writeFileSync(path.join(out, 'notes.txt'), 'mine')
    const result = await runScript('import.ts', [exportFile(post('Fine')), '--out', out])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('holds other files (notes.txt): choose an empty or new folder')
    expect(readdirSync(out)).toEqual(['notes.txt'])
  }, 120_000)

  it('asks where the posts should go', async () => {
    const result = await runScript('import.ts', [exportFile(post('Fine'))])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Say where the posts go: --out DIR or --publish.')
  })
})
