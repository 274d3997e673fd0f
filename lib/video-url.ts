// Video addresses editors paste, read into the one form the site embeds. Pure, so the Studio's validation, the zod
// models and the components all agree on what counts as a video.

export type VideoProvider = 'youtube' | 'vimeo'

/** A video the site can play: its provider's id, and where to start. */
export type VideoSource = {
  provider: VideoProvider
  id: string
  /** The privacy hash of an unlisted Vimeo video, without which its player refuses to play. */
  hash?: string
  /** Whole seconds into the video, from a `t=` in the address. */
  start?: number
}

export const VIDEO_PROVIDER_NAMES: Record<VideoProvider, string> = { youtube: 'YouTube', vimeo: 'Vimeo' }

const YOUTUBE_PLAYER = 'https://www.youtube-nocookie.com'
const VIMEO_PLAYER = 'https://player.vimeo.com'

/** The only origins a player is ever loaded from: YouTube's privacy-enhanced host and Vimeo's player. */
export const VIDEO_FRAME_ORIGINS = [YOUTUBE_PLAYER, VIMEO_PLAYER] as const

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/
const VIMEO_ID = /^\d{1,12}$/
const VIMEO_HASH = /^[0-9a-f]{6,20}$/i
// Paths that end in a YouTube id: /embed/ID, /shorts/ID, /live/ID and the old /v/ID.
const YOUTUBE_ID_PATHS = new Set(['embed', 'shorts', 'live', 'v'])

/** `90`, `90s`, `1m30s` or `1h2m3s` as seconds; undefined for anything else or zero. */
function readStart(value: string | null | undefined): number | undefined {
  if (!value) return undefined
  const match = /^(?:(\d{1,2})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s?)?$/.exec(value.trim())
  if (!match) return undefined
  const [, hours = '0', minutes = '0', seconds = '0'] = match
  const total = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)
  return total > 0 ? total : undefined
}

const withStart = (source: VideoSource, start: number | undefined): VideoSource =>
  start === undefined ? source : { ...source, start }

function readYouTube(host: string, url: URL): VideoSource | null {
  const segments = url.pathname.split('/').filter(Boolean)
  let id: string | undefined
  if (host === 'youtu.be') id = segments.length === 1 ? segments[0] : undefined
  else if (segments.length === 1 && segments[0] === 'watch') id = url.searchParams.get('v') ?? undefined
  else if (segments.length === 2 && YOUTUBE_ID_PATHS.has(segments[0] ?? '')) id = segments[1]
  if (!id || !YOUTUBE_ID.test(id)) return null
  const start = readStart(url.searchParams.get('t') ?? url.searchParams.get('start'))
  return withStart({ provider: 'youtube', id }, start)
}

function readVimeo(host: string, url: URL): VideoSource | null {
  const segments = url.pathname.split('/').filter(Boolean)
  let id: string | undefined
  let hash: string | undefined
  if (host === 'player.vimeo.com') {
    if (segments.length !== 2 || segments[0] !== 'video') return null
    id = segments[1]
    hash = url.searchParams.get('h') ?? undefined
  } else if (segments[0] === 'channels' && segments.length === 3) {
    id = segments[2]
  } else if (segments.length === 1 || segments.length === 2) {
    ;[id, hash] = segments
  }
  if (!id || !VIMEO_ID.test(id) || (hash !== undefined && !VIMEO_HASH.test(hash))) return null
  const start = readStart(new URLSearchParams(url.hash.slice(1)).get('t'))
  return withStart({ provider: 'vimeo', id, ...(hash ? { hash } : {}) }, start)
}

/**
 * The video at a YouTube or Vimeo address, in the forms their share buttons and address bars give: youtube.com/watch
 * (with or without www. or m.), youtu.be, /embed/, /shorts/ and /live/ paths, youtube-nocookie.com; vimeo.com/ID
 * (unlisted: /ID/HASH), channel pages and player.vimeo.com/video/ID. Null for anything else, including other hosts
 * that merely contain those names, addresses with a user name or a port, and schemes other than http(s).
 */
export function parseVideoUrl(input: string): VideoSource | null {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  if (url.username || url.password || url.port) return null
  const host = url.hostname.replace(/^(?:www|m)\./, '')
  if (host === 'youtube.com' || host === 'youtu.be' || host === 'youtube-nocookie.com') return readYouTube(host, url)
  if (host === 'vimeo.com' || host === 'player.vimeo.com') return readVimeo(host, url)
  return null
}

/**
 * The provider's player, for the iframe the reader asks for by pressing play (so it starts at once): YouTube's
 * privacy-enhanced mode, which sets no cookies before playback, and Vimeo's player with Do Not Track.
 */
export function videoEmbedUrl({ provider, id, hash, start }: VideoSource): string {
  if (provider === 'youtube') {
    const params = new URLSearchParams({ autoplay: '1', ...(start ? { start: String(start) } : {}) })
    return `${YOUTUBE_PLAYER}/embed/${id}?${params.toString()}`
  }
  const params = new URLSearchParams({ ...(hash ? { h: hash } : {}), dnt: '1', autoplay: '1' })
  return `${VIMEO_PLAYER}/video/${id}?${params.toString()}${start ? `#t=${start}s` : ''}`
}

/** The video's own page on its provider's site: the link readers get without JavaScript. */
export function videoWatchUrl({ provider, id, hash, start }: VideoSource): string {
  if (provider === 'youtube') return `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ''}`
  return `https://vimeo.com/${id}${hash ? `/${hash}` : ''}${start ? `#t=${start}s` : ''}`
}
