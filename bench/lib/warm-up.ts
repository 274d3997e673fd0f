import { get } from 'node:http'

export class WarmUpError extends Error {
  override name = 'WarmUpError'
}

/** GETs `url` without compression until `ready` holds (at most ~10 s); returns the answer that satisfied it. */
export async function getUntil(
  url: string,
  ready: (response: Response) => boolean,
  signal?: AbortSignal,
): Promise<{ response: Response; body: Buffer }> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const response = await fetch(url, { headers: { 'accept-encoding': 'identity' }, signal })
    const body = Buffer.from(await response.arrayBuffer())
    if (ready(response)) return { response, body }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new WarmUpError(`${url} never became ready to load`)
}

/** Next's cached copy; a route handler or a page Next has not cached yet says MISS or STALE, or nothing at all. */
export const nextCached = (response: Response): boolean =>
  response.status === 200 && ['HIT', null].includes(response.headers.get('x-nextjs-cache'))

export type RawAnswer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** One GET with `headers`, its body as it came over the wire (fetch would decompress it and hide the encoding). */
export function getRaw(
  url: string,
  headers: Readonly<Record<string, string>>,
  signal?: AbortSignal,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = get(url, { headers, signal }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', reject)
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      )
    })
    request.on('error', reject)
  })
}
