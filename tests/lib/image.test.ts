import './support/test-env'
import { urlForImage } from '@/lib/image'

describe('urlForImage', () => {
  it('builds the image URL on the configured API host, with the crop applied', () => {
    const asset = { _ref: 'image-0a1b2c-1600x900-jpg' }
    expect(urlForImage({ asset })).toBe('http://127.0.0.1:3100/images/local/production/0a1b2c-1600x900.jpg')
    const cropped = urlForImage({ asset, crop: { top: 0, bottom: 0.5, left: 0, right: 0.5 } })
    expect(new URL(cropped).searchParams.get('rect')).toBe('0,0,800,450')
  })
})
