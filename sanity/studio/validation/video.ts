import type { CustomValidator } from 'sanity'
import { parseVideoUrl } from '../../../lib/video-url'

export const videoUrlMessage =
  'Paste the address of a YouTube or Vimeo video, such as https://www.youtube.com/watch?v=… or https://vimeo.com/…: the site plays videos from those two only.'

/**
 * Fails a web address that is not a YouTube or Vimeo video. An empty value or one that is not a web address at all is
 * left to the field's `required` and `uri` rules, so the editor sees the message once.
 */
export const isPlayableVideoUrl: CustomValidator<unknown> = (value) =>
  typeof value !== 'string' || !/^https?:\/\//i.test(value.trim()) || parseVideoUrl(value) !== null || videoUrlMessage
