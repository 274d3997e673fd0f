/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react'
import { ShareButton } from '@/components/share/share-button'

const shareable = { title: 'A post', summary: 'What it says', url: 'https://example.org/blog/a-post' }

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share')
})

describe('ShareButton', () => {
  it('renders nothing where the browser has no Web Share API (the plain links do the job)', () => {
    const { container } = render(<ShareButton {...shareable} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('opens the device share sheet with the post’s title, summary and URL', async () => {
    const share = jest.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'share', { value: share, configurable: true })
    render(<ShareButton {...shareable} />)
    fireEvent.click(screen.getByRole('button', { name: 'Share…' }))
    expect(share).toHaveBeenCalledWith({
      title: 'A post',
      text: 'What it says',
      url: 'https://example.org/blog/a-post',
    })
    await Promise.resolve()
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('says nothing when the reader closes the sheet, and points to the links when sharing fails', async () => {
    const share = jest
      .fn()
      .mockRejectedValueOnce(new DOMException('closed', 'AbortError'))
      .mockRejectedValueOnce(new DOMException('not allowed', 'NotAllowedError'))
    Object.defineProperty(navigator, 'share', { value: share, configurable: true })
    render(<ShareButton {...shareable} />)
    const button = screen.getByRole('button', { name: 'Share…' })
    fireEvent.click(button)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(screen.queryByRole('status')).toBeNull()
    fireEvent.click(button)
    expect(await screen.findByRole('status')).toHaveTextContent(/try one of the links/)
  })
})
