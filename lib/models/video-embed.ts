import { stegaClean } from '@sanity/client/stega'
import { z } from 'zod'
import { parseVideoUrl, VIDEO_PROVIDER_NAMES, videoEmbedUrl, videoWatchUrl, type VideoProvider } from '@/lib/video-url'
import { DecorativeImage, type ImageData } from './image'
import { Key, OptionalText } from './shared'
import type { DropCheck } from './skipped-items'

/** A YouTube or Vimeo video: the player to load when the reader presses play, and the page to link to before. */
export type VideoEmbed = {
  _type: 'videoEmbed'
  _key: string
  title: string
  caption?: string
  provider: VideoProvider
  providerName: string
  embedUrl: string
  watchUrl: string
  poster: ImageData | null
}

// In preview the address may carry stega; the check reads it as it will be once published.
const readUrl = (value: unknown) => (typeof value === 'string' ? stegaClean(value).trim() : '')

/** Only YouTube and Vimeo are played (and framed, see lib/security-headers.ts): any other address is left out. */
export const videoFromElsewhere: DropCheck = (video) => {
  const url = readUrl(video.url)
  if (parseVideoUrl(url)) return undefined
  return url
    ? `Video address ${JSON.stringify(url.slice(0, 120))} is not a YouTube or Vimeo video, left out`
    : 'Video without an address, left out'
}

export const VideoEmbedBlock = z
  .object({
    _type: z.literal('videoEmbed'),
    _key: Key,
    url: z.string().transform((url, ctx) => {
      const source = parseVideoUrl(readUrl(url))
      if (source) return source
      ctx.addIssue({ code: 'custom', message: 'Not a YouTube or Vimeo video address' })
      return z.NEVER
    }),
    title: OptionalText,
    caption: OptionalText,
    // A broken poster falls back to the plain one: the video still plays.
    poster: DecorativeImage.nullish().catch(null),
  })
  .transform(({ _key, url: source, title, caption, poster }): VideoEmbed => {
    const providerName = VIDEO_PROVIDER_NAMES[source.provider]
    return {
      _type: 'videoEmbed',
      _key,
      title: title ?? caption ?? `${providerName} video`,
      caption,
      provider: source.provider,
      providerName,
      embedUrl: videoEmbedUrl(source),
      watchUrl: videoWatchUrl(source),
      poster: poster ?? null,
    }
  })
