import { evaluate, parse } from 'groq-js'
import { Post } from '@/lib/models/post'
import { postQuery } from '@/lib/queries'

/** Runs the site's post query over a dataset with groq-js and returns the raw result, as the client would. */
export async function queryPost(documents: readonly object[], slug: string): Promise<unknown> {
  const params = { slug }
  return (await evaluate(parse(postQuery, { params }), { dataset: documents, params })).get()
}

/** The domain post the page would get for `slug`. */
export async function loadPost(documents: readonly object[], slug: string): Promise<Post> {
  return Post.parse(await queryPost(documents, slug))
}
