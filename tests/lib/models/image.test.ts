import { SanityImage } from '@/lib/models/image'

const ASSET_ID = 'image-0a1b2c3d4e5f60718293a4b5c6d7e8f901234567-1600x900-jpg'
const JPEG_PREVIEW =
  'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a='

const image = (lqip: string | null) => ({
  alt: 'A stack of printed reports',
  asset: { _ref: ASSET_ID, target: { _id: ASSET_ID, metadata: { lqip, dimensions: { width: 1600, height: 900 } } } },
})

describe('an image’s blurred preview', () => {
  it('is kept when it is a base64 picture', () => {
    expect(SanityImage.parse(image(JPEG_PREVIEW))?.lqip).toBe(JPEG_PREVIEW)
  })

  it.each([
    [
      'a quote that would close the CSS url()',
      'data:image/jpeg;base64,AAAA");background:url("https://tracker.example/p',
    ],
    ['a bracket that would end it', 'data:image/png;base64,AAAA)'],
    ['an SVG, which can hold markup', 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='],
    ['a remote address', 'https://tracker.example/p.jpg'],
    ['text that is not base64', 'data:image/jpeg,not base64'],
  ])('is dropped, leaving the picture itself, when it is %s', (_, lqip) => {
    const parsed = SanityImage.parse(image(lqip))
    expect(parsed?.src).toContain(ASSET_ID.replace(/^image-|-jpg$/g, ''))
    expect(parsed?.lqip).toBeUndefined()
  })
})
