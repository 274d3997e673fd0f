import { spawn } from 'node:child_process'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { DatasetParseError, startLake } from '@/sanity/lake/server'
import { clientFor, makeTempDir, startTestLake, stopTestLake, type TestLake, WRITE_TOKEN } from './lake-fixture'

let test: TestLake | undefined
afterEach(async () => {
  await stopTestLake(test)
  test = undefined
})

const root = path.resolve(__dirname, '../../..')

describe('persistence', () => {
  it('keeps committed data across a restart on the same folder', async () => {
    test = await startTestLake([{ _id: 'seeded', _type: 'post', title: 'From the seed' }])
    const created = await clientFor(test.lake, WRITE_TOKEN).create({ _id: 'kept', _type: 'post', title: 'Kept' })
    await test.lake.close()
    // The seed folder is gone: the working file alone must bring the data back.
    await rm(test.seedDir, { recursive: true, force: true })
    test = { ...test, lake: await startLake({ ...test.options, seedDir: test.seedDir }) }
    const client = clientFor(test.lake, WRITE_TOKEN)
    expect(await client.getDocument('kept')).toEqual(created)
    expect(await client.getDocument('seeded')).toMatchObject({ title: 'From the seed' })
  })

  it('writes the dataset atomically, leaving no temporary files behind', async () => {
    test = await startTestLake()
    const client = clientFor(test.lake, WRITE_TOKEN)
    await Promise.all(Array.from({ length: 10 }, (_, i) => client.create({ _id: `doc-${i}`, _type: 'post' })))
    const files = await readdir(test.dataDir)
    expect(files.filter((name) => name.includes('.tmp-'))).toEqual([])
    const lines = (await readFile(path.join(test.dataDir, 'production.ndjson'), 'utf8')).trim().split('\n')
    expect(lines).toHaveLength(10)
  })

  it('starts empty without a seed, and seeds on a later start once the seed exists', async () => {
    const dataDir = await makeTempDir()
    const seedDir = path.join(dataDir, 'seed')
    const options = { port: 0, dataDir, seedDir }
    try {
      const empty = await startLake(options)
      expect(await clientFor(empty).fetch('count(*)')).toBe(0)
      await empty.close()
      await mkdir(seedDir)
      await writeFile(path.join(seedDir, 'data.ndjson'), '{"_id":"late","_type":"post"}\n')
      const seeded = await startLake(options)
      expect(await clientFor(seeded).fetch('*[]._id')).toEqual(['late'])
      await seeded.close()
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })

  it('creates the working file on the first commit to an empty dataset', async () => {
    test = await startTestLake()
    const file = path.join(test.dataDir, 'production.ndjson')
    await expect(readFile(file)).rejects.toThrow()
    await clientFor(test.lake, WRITE_TOKEN).create({ _id: 'first', _type: 'post' })
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ _id: 'first' })
  })

  it('clears a half-written temporary file left by a crash, keeping the last complete dataset', async () => {
    const dataDir = await makeTempDir()
    await writeFile(path.join(dataDir, 'production.ndjson'), '{"_id":"whole","_type":"post"}\n')
    await writeFile(
      path.join(dataDir, 'production.ndjson.tmp-0123456789ab'),
      '{"_id":"whole","_type":"post"}\n{"_id":"ha',
    )
    try {
      const lake = await startLake({ port: 0, dataDir, seedDir: dataDir })
      expect(await clientFor(lake).fetch('*[]._id')).toEqual(['whole'])
      await lake.close()
      expect(await readdir(dataDir)).toEqual(['production.ndjson'])
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})

describe('a corrupt working file', () => {
  it('stops the lake with the file name and line number, and is left byte-identical', async () => {
    const dataDir = await makeTempDir()
    const file = path.join(dataDir, 'production.ndjson')
    const content = '{"_id":"a","_type":"post"}\n{"_id":"b","_type":"post"}\n{"_id":"c",\n{"_id":"d","_type":"post"}\n'
    await writeFile(file, content)
    try {
      const started = startLake({ port: 0, dataDir, seedDir: dataDir })
      await expect(started).rejects.toThrow(DatasetParseError)
      await expect(started).rejects.toThrow(`${file}:3:`)
      expect(await readFile(file, 'utf8')).toBe(content)
      expect(await readdir(dataDir)).toEqual(['production.ndjson'])
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })

  it('also rejects a line that is JSON but not a document', async () => {
    const dataDir = await makeTempDir()
    await writeFile(path.join(dataDir, 'production.ndjson'), '{"_id":"a","_type":"post"}\n[1,2]\n')
    try {
      await expect(startLake({ port: 0, dataDir, seedDir: dataDir })).rejects.toThrow(
        /production\.ndjson:2: not a document/,
      )
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})

function runCli(env: Record<string, string>, untilOutput?: RegExp) {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'sanity/lake/cli.ts'], {
    cwd: root,
    env: { ...process.env, NEXT_PUBLIC_SANITY_PROJECT_ID: 'local', NEXT_PUBLIC_SANITY_DATASET: 'production', ...env },
  })
  // Never outlive the test, whatever happens.
  const guard = setTimeout(() => child.kill('SIGKILL'), 20_000)
  let output = ''
  const onData = (chunk: Buffer) => {
    output += chunk.toString()
    if (untilOutput?.test(output)) child.kill('SIGTERM')
  }
  child.stdout.on('data', onData)
  child.stderr.on('data', onData)
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    child.on('exit', (code) => {
      clearTimeout(guard)
      resolve({ code, output })
    })
  })
}

describe('the CLI', () => {
  it('prints where it listens and stops cleanly on SIGTERM', async () => {
    const dataDir = await makeTempDir()
    try {
      const { code, output } = await runCli({ LAKE_PORT: '0', LAKE_DATA_DIR: dataDir }, /listening on/)
      expect(output).toMatch(/lake: listening on http:\/\/127\.0\.0\.1:\d+/)
      expect(code).toBe(0)
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  }, 30_000)

  it('exits 1 naming the file and line when the dataset is corrupt', async () => {
    const dataDir = await makeTempDir()
    await mkdir(dataDir, { recursive: true })
    await writeFile(path.join(dataDir, 'production.ndjson'), 'not json\n')
    try {
      const { code, output } = await runCli({ LAKE_PORT: '0', LAKE_DATA_DIR: dataDir })
      expect(code).toBe(1)
      expect(output).toContain(`${path.join(dataDir, 'production.ndjson')}:1:`)
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  }, 30_000)
})
