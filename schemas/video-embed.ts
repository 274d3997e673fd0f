import { PlayIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { parseVideoUrl, VIDEO_PROVIDER_NAMES } from '../lib/video-url'
import { isPlayableVideoUrl, videoUrlMessage } from '../sanity/studio/validation/video'

/**
 * Rich text block: a YouTube or Vimeo video. The site shows a poster and a play button, and loads the provider's
 * player only when the reader presses it, so nothing reaches YouTube or Vimeo before then.
 */
export const videoEmbed = defineType({
  name: 'videoEmbed',
  title: 'Video',
  type: 'object',
  icon: PlayIcon,
  fields: [
    defineField({
      name: 'url',
      title: 'Video address',
      type: 'url',
      description: 'The address of the video on YouTube or Vimeo, as copied from the address bar or the Share button.',
      validation: (rule) =>
        rule
          .required()
          .uri({ scheme: ['http', 'https'] })
          .custom(isPlayableVideoUrl)
          .error(videoUrlMessage),
    }),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'What the video is called. The play button says "Play video: <title>", for screen readers too.',
      validation: (rule) => [
        rule.required().error('Give the video a title: the play button and screen readers use it.'),
        rule.max(120).error('Keep the title to 120 characters or fewer.'),
      ],
    }),
    defineField({
      name: 'caption',
      title: 'Caption',
      type: 'text',
      rows: 2,
      description: 'Shown under the video. Optional.',
      validation: (rule) => rule.max(300).error('Keep the caption to 300 characters or fewer.'),
    }),
    defineField({
      name: 'poster',
      title: 'Poster image',
      type: 'image',
      description:
        "A still shown until the reader presses play. Optional: without one the site shows a plain poster. It never loads the provider's own thumbnail, which would tell YouTube or Vimeo about every reader.",
      options: { hotspot: true },
    }),
  ],
  preview: {
    select: { title: 'title', url: 'url', media: 'poster' },
    prepare: ({ title, url, media }) => {
      const source = typeof url === 'string' ? parseVideoUrl(url) : null
      return {
        title: typeof title === 'string' && title ? title : 'Untitled video',
        subtitle: source ? `${VIDEO_PROVIDER_NAMES[source.provider]} video` : 'No video address yet',
        media: media ?? PlayIcon,
      }
    },
  },
})
