import type { Item } from '@/scripts/lib/import/blocks'
import { cleanBody } from '@/scripts/lib/import/clean'
import { createNotes } from '@/scripts/lib/import/notes'
import { DEFAULT_GROUP_TITLES, splitSections } from '@/scripts/lib/import/sections'
import { parseHtml } from '@/scripts/lib/import/text'
import { videoBlockFactory } from '@/scripts/lib/import/video-blocks'
import { VIDEO_PLACEHOLDER } from '@/scripts/lib/import/videos'
import { RichTextItem } from '@/lib/models/rich-text'

// Embedded videos in an export's HTML, cleaned in-process: what becomes a video block (and where), what is left out.
// The conversion itself (block-tools) cannot load under jest; import-publish runs it over the fixture export.

const VIDEO_SCHEMA = { name: 'videoEmbed', fields: ['url', 'title', 'caption', 'poster'] }

function clean(html: string) {
  const document = parseHtml(html)
  const notes = createNotes()
  const { videos } = cleanBody(document, notes)
  // What stands where in the cleaned body: a paragraph's text, or the video a placeholder points at.
  const order = [...document.body.querySelectorAll(`p, h2, h3, ${VIDEO_PLACEHOLDER}`)]
    .map((element) =>
      element.tagName.toLowerCase() === VIDEO_PLACEHOLDER
        ? videos[Number(element.getAttribute('data-index'))]?.url
        : element.textContent?.trim(),
    )
    .filter(Boolean)
  let count = 0
  const blocks = videos.map(videoBlockFactory(VIDEO_SCHEMA, () => `k${(count += 1)}`, notes))
  return { videos, notes, order, blocks }
}

describe('videos in the text', () => {
  const kept = clean(
    '<p>Our intake, filmed last spring.</p>' +
      '<figure><iframe src="https://www.youtube-nocookie.com/embed/Hs7Kd2Lp9Qa?rel=0" title="YouTube video player"></iframe>' +
      '<figcaption>Two caseworkers walk through a first meeting.</figcaption></figure>' +
      '<p>Between the two videos.</p>' +
      '<iframe src="https://player.vimeo.com/video/481552907?h=3fa9c1d2e0&amp;badge=0" title="A night at the drop-in centre"></iframe>' +
      '<div class="sqs-block video-block sqs-block-video"><div class="sqs-block-content"><div class="sqs-video-wrapper" ' +
      'data-html="&lt;iframe src=&quot;//www.youtube.com/embed/Rt5Yu6Io7Pa?start=42&quot; title=&quot;How the helpline answers&quot;&gt;&lt;/iframe&gt;">' +
      '</div></div></div>' +
      '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">\n' +
      'https://www.youtube.com/watch?v=Mn3Bv4Cx5Za\n</div><figcaption class="wp-element-caption">The volunteers who answer at night.</figcaption></figure>' +
      '<p>Closing words.</p>',
  )

  it('keeps YouTube (nocookie and watch addresses) and Vimeo players, Squarespace blocks and WordPress embeds in place', () => {
    expect(kept.order).toEqual([
      'Our intake, filmed last spring.',
      'https://www.youtube.com/watch?v=Hs7Kd2Lp9Qa',
      'Between the two videos.',
      'https://vimeo.com/481552907/3fa9c1d2e0',
      'https://www.youtube.com/watch?v=Rt5Yu6Io7Pa&t=42s',
      'https://www.youtube.com/watch?v=Mn3Bv4Cx5Za',
      'Closing words.',
    ])
    expect(kept.notes.dropped).toEqual([])
  })

  it('makes each a video block with its title or caption, which the site reads as a playable video', () => {
    expect(kept.blocks[0]).toEqual({
      _type: 'videoEmbed',
      _key: expect.any(String),
      url: 'https://www.youtube.com/watch?v=Hs7Kd2Lp9Qa',
      title: 'Two caseworkers walk through a first meeting.',
      caption: 'Two caseworkers walk through a first meeting.',
    })
    expect(kept.blocks[1]).toMatchObject({ title: 'A night at the drop-in centre' })
    expect(kept.blocks[1]).not.toHaveProperty('caption')
    const parsed = kept.blocks.map((block) => RichTextItem.parse(block))
    expect(parsed.map((video) => video._type === 'videoEmbed' && [video.providerName, video.embedUrl])).toEqual([
      ['YouTube', 'https://www.youtube-nocookie.com/embed/Hs7Kd2Lp9Qa?autoplay=1'],
      ['Vimeo', 'https://player.vimeo.com/video/481552907?h=3fa9c1d2e0&dnt=1&autoplay=1'],
      ['YouTube', 'https://www.youtube-nocookie.com/embed/Rt5Yu6Io7Pa?autoplay=1&start=42'],
      ['YouTube', 'https://www.youtube-nocookie.com/embed/Mn3Bv4Cx5Za?autoplay=1'],
    ])
  })

  it('asks for a title where the embed code gave only a generic one', () => {
    const untitled = kept.notes.review.filter((line) => line.startsWith('A video has no title'))
    expect(untitled).toEqual([
      'A video has no title; the play button and screen readers need one: write it (https://www.youtube.com/watch?v=Hs7Kd2Lp9Qa).',
      'A video has no title; the play button and screen readers need one: write it (https://www.youtube.com/watch?v=Mn3Bv4Cx5Za).',
    ])
    expect(kept.notes.mapped).toEqual([
      'YouTube video in the text as a video block',
      'Vimeo video in the text as a video block',
      'YouTube video in the text as a video block',
      'YouTube video in the text as a video block',
    ])
  })

  it('reads WordPress [embed] shortcodes and a video address alone on its line, and leaves other addresses as text', () => {
    const classic = clean(
      '<p>A post from the old editor.\n[embed]https://vimeo.com/335180774[/embed]\nSee https://youtu.be/Mn3Bv4Cx5Za for more.</p>' +
        '<p>https://youtu.be/Qz8Wx7Ec6Rv</p><p><a href="https://youtu.be/Qz8Wx7Ec6Rv">https://youtu.be/Qz8Wx7Ec6Rv</a></p>',
    )
    expect(classic.videos.map((video) => video.url)).toEqual([
      'https://vimeo.com/335180774',
      'https://www.youtube.com/watch?v=Qz8Wx7Ec6Rv',
    ])
    expect(classic.order).toEqual([
      expect.stringMatching(/^A post from the old editor\.\s+See https:\/\/youtu\.be\/Mn3Bv4Cx5Za for more\.$/),
      'https://vimeo.com/335180774',
      'https://www.youtube.com/watch?v=Qz8Wx7Ec6Rv',
      'https://youtu.be/Qz8Wx7Ec6Rv',
    ])
  })

  it('leaves out javascript: and data: players, other hosts, video files and bad addresses, and says so', () => {
    const { videos, notes, order } = clean(
      '<p>Before.</p><iframe src="javascript:alert(document.cookie)"></iframe>' +
        '<iframe src="data:text/html,&lt;script&gt;parent.alert(1)&lt;/script&gt;"></iframe>' +
        '<figure><iframe src="https://clips.example.net/embed/8812"></iframe><figcaption>Elsewhere.</figcaption></figure>' +
        '<video src="/media/open-day.mp4" controls></video>' +
        '<iframe src="https://www.youtube.com/embed/too-short"></iframe>' +
        '<p>[embed]https://clips.example.net/v/77[/embed]</p><p>After.</p>',
    )
    expect(videos).toEqual([])
    expect(order).toEqual(['Before.', 'After.'])
    expect(notes.dropped).toEqual([
      'video: javascript:alert(document.cookie)',
      'video: data:text/html,<script>parent.alert(1)</script>',
      'video: https://clips.example.net/embed/8812',
      'video: /media/open-day.mp4',
      'video: https://www.youtube.com/embed/too-short',
      'embed: https://clips.example.net/v/77',
      'empty paragraph',
    ])
    expect(notes.review).toContain(
      'A video (https://clips.example.net/embed/8812) was left out: add it again in the Studio if it belongs.',
    )
  })

  it('lists a video instead when the content model has no video block', () => {
    const notes = createNotes()
    const [first] = kept.videos
    if (!first) throw new Error('no video kept')
    expect(videoBlockFactory(null, () => 'k', notes)(first)).toBeNull()
    expect(notes.dropped).toEqual(['video: https://www.youtube-nocookie.com/embed/Hs7Kd2Lp9Qa?rel=0'])
  })
})

it('puts a video that stands in a takeaway into that takeaway', () => {
  const paragraph = (key: string, text: string, style = 'normal'): Item => ({
    _type: 'block',
    _key: key,
    style,
    markDefs: [],
    children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
  })
  const video: Item = { _type: 'videoEmbed', _key: 'v1', url: 'https://vimeo.com/335180774', title: 'Open day' }
  const split = splitSections(
    [
      paragraph('a', 'Intro.'),
      paragraph('b', 'Key takeaways', 'h2'),
      paragraph('c', 'Beds', 'h3'),
      paragraph('d', 'Too few.'),
      paragraph('e', 'Debt', 'h3'),
      video,
      paragraph('f', 'Fees bind.'),
    ],
    DEFAULT_GROUP_TITLES,
    createNotes(),
  )
  expect(
    split.sections[0]?.takeaways.map((takeaway) => [takeaway.heading, takeaway.body.map((item) => item._key)]),
  ).toEqual([
    ['Beds', ['d']],
    ['Debt', ['v1', 'f']],
  ])
})
