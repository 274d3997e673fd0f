import sanityImageLoader from '@/lib/image-loader'

describe('sanityImageLoader', () => {
  const src = 'http://127.0.0.1:3100/images/local/production/abc-1600x900.jpg'

  it('asks the image service for the width, quality, best format and no upscaling', () => {
    const url = new URL(sanityImageLoader({ src, width: 640, quality: 60 }))
    expect(url.origin + url.pathname).toBe(src)
    expect(Object.fromEntries(url.searchParams)).toEqual({ w: '640', q: '60', auto: 'format', fit: 'max' })
  })

  it('keeps a crop already in the URL and overrides an existing width', () => {
    const url = new URL(sanityImageLoader({ src: `${src}?rect=0,0,800,450&w=9999`, width: 320 }))
    expect(url.searchParams.get('rect')).toBe('0,0,800,450')
    expect(url.searchParams.getAll('w')).toEqual(['320'])
    expect(url.searchParams.get('q')).toBe('75')
  })

  it('leaves site-relative sources relative', () => {
    expect(sanityImageLoader({ src: '/logo.png', width: 100 })).toBe('/logo.png?w=100&q=75&auto=format&fit=max')
  })
})
