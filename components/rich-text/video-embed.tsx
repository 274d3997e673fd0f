import type { VideoEmbed as VideoEmbedData } from '@/lib/models/rich-text'
import { ContentImage } from '../image/content-image'
import { TEXT_WIDTH_SIZES } from './figure'
import { VideoPlayer } from './video-player'
import './video-embed.css'

/**
 * A YouTube or Vimeo video behind a poster: the editor's still, or a plain one, never the provider's thumbnail
 * (loading it would tell the provider about every reader of the page).
 */
export function VideoEmbed({ video }: { video: VideoEmbedData }) {
  const poster = video.poster ? (
    <ContentImage className="video-poster-image" image={video.poster} sizes={TEXT_WIDTH_SIZES} />
  ) : null
  return (
    <figure className="video-embed">
      <VideoPlayer
        title={video.title}
        providerName={video.providerName}
        embedUrl={video.embedUrl}
        watchUrl={video.watchUrl}
        poster={poster}
      />
      {video.caption ? <figcaption>{video.caption}</figcaption> : null}
    </figure>
  )
}
