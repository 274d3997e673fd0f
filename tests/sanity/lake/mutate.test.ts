import {
  clientFor,
  MUTATION_SEED,
  failureOf,
  startTestLake,
  stopTestLake,
  type TestLake,
  WRITE_TOKEN,
} from './lake-fixture'

let test: TestLake
beforeEach(async () => {
  test = await startTestLake(MUTATION_SEED)
})
afterEach(() => stopTestLake(test))

const writer = () => clientFor(test.lake, WRITE_TOKEN)

describe('creating', () => {
  it('create stores a document with system fields and refuses an existing id (409)', async () => {
    const before = Date.now()
    const created = await writer().create({ _id: 'post-3', _type: 'post', title: 'Third' })
    expect(created).toMatchObject({ _id: 'post-3', title: 'Third', _rev: expect.any(String) })
    expect(Date.parse(created._createdAt)).toBeGreaterThanOrEqual(before - 1000)
    expect(created._updatedAt).toBe(created._createdAt)
    expect(await writer().getDocument('post-3')).toEqual(created)
    const failure = await failureOf(writer().create({ _id: 'post-3', _type: 'post' }))
    expect(failure.statusCode).toBe(409)
    expect(failure.message).toContain('already exists')
  })

  it('generates ids for a create without _id, and after an id prefix ending in "."', async () => {
    const plain = await writer().create({ _type: 'post', title: 'No id' })
    expect(plain._id).toMatch(/^[A-Za-z0-9-]{20,}$/)
    const draft = await writer().create({ _id: 'drafts.', _type: 'post', title: 'Prefixed' })
    expect(draft._id).toMatch(/^drafts\.[A-Za-z0-9-]{20,}$/)
  })

  it('createOrReplace replaces the whole document but keeps its creation time', async () => {
    const original = await writer().getDocument('post-1')
    const replaced = await writer().createOrReplace({ _id: 'post-1', _type: 'post', title: 'Replaced' })
    expect(replaced).not.toHaveProperty('views')
    expect(replaced.title).toBe('Replaced')
    expect(replaced._createdAt).toBe(original?._createdAt)
    expect(replaced._rev).not.toBe(original?._rev)
  })

  it('createIfNotExists leaves an existing document alone and creates a missing one', async () => {
    const original = await writer().getDocument('post-1')
    await writer().createIfNotExists({ _id: 'post-1', _type: 'post', title: 'Ignored' })
    expect(await writer().getDocument('post-1')).toEqual(original)
    await writer().createIfNotExists({ _id: 'post-9', _type: 'post', title: 'New' })
    expect(await writer().getDocument('post-9')).toMatchObject({ title: 'New' })
  })
})

describe('patching', () => {
  it('applies set, unset, setIfMissing, inc and dec, creating nested objects', async () => {
    const patched = await writer()
      .patch('post-1')
      .set({ title: 'Renamed', 'seo.meta.title': 'Deep' })
      .setIfMissing({ title: 'Ignored', summary: 'Added' })
      .unset(['tags[0]'])
      .inc({ views: 5 })
      .dec({ views: 2 })
      .commit()
    expect(patched).toMatchObject({
      title: 'Renamed',
      summary: 'Added',
      views: 13,
      tags: ['b'],
      seo: { meta: { title: 'Deep' } },
    })
  })

  it('addresses array items by index, negative index and _key', async () => {
    const patched = await writer()
      .patch('post-2')
      .set({ 'sections[_key=="s2"].title': 'Two (edited)', 'sections[0].items[-1]': 'y' })
      .unset(['sections[_key=="s1"].title'])
      .commit()
    expect(patched.sections).toEqual([
      { _key: 's1', items: ['y'] },
      { _key: 's2', title: 'Two (edited)', items: [] },
    ])
  })

  it('inserts before, after and in place of array items', async () => {
    const client = writer()
    await client.patch('post-1').insert('after', 'tags[-1]', ['z']).commit()
    await client.patch('post-1').insert('before', 'tags[0]', ['first']).commit()
    await client
      .patch('post-2')
      .insert('replace', 'sections[_key=="s1"]', [{ _key: 's0', title: 'Zero' }])
      .commit()
    await client.patch('post-2').insert('after', 'sections[_key=="s2"].items[-1]', ['only']).commit()
    expect((await client.getDocument('post-1'))?.tags).toEqual(['first', 'a', 'b', 'z'])
    expect((await client.getDocument('post-2'))?.sections).toEqual([
      { _key: 's0', title: 'Zero' },
      { _key: 's2', title: 'Two', items: ['only'] },
    ])
  })

  it('fails for a missing document (404) and a malformed path (400)', async () => {
    expect((await failureOf(writer().patch('nope').set({ a: 1 }).commit())).statusCode).toBe(404)
    const bad = await failureOf(writer().patch('post-1').set({ 'tags[': 1 }).commit())
    expect(bad.statusCode).toBe(400)
    expect(bad.message).toContain('tags[')
  })

  it('can target documents with a query', async () => {
    await writer().mutate([{ patch: { query: '*[_type == "post"]', set: { reviewed: true } } }])
    expect(await writer().fetch('*[_type == "post"].reviewed')).toEqual([true, true])
  })
})

describe('deleting', () => {
  it('removes a document by id, and by query', async () => {
    await writer().delete('post-1')
    expect(await writer().getDocument('post-1')).toBeUndefined()
    await writer().delete({ query: '*[_type == "post"]' })
    expect(await writer().fetch('count(*)')).toBe(0)
  })
})
