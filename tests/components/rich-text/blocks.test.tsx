/** @jest-environment jsdom */
import '../../lib/support/test-env'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { renderToStaticMarkup } from 'react-dom/server'
import { RichText } from '@/components/rich-text/rich-text'
import { parseDocument } from '@/lib/content-validation'
import { Post } from '@/lib/models/post'
import type { RichTextItem } from '@/lib/models/rich-text'
import { baseDataset, fieldGuide } from '../../lib/fixtures/dataset'
import { storedCallout, storedFigure, storedVideo } from '../../lib/fixtures/rich-blocks'
import { queryPost } from '../../lib/support/load-content'

/** Stored blocks as the site renders them: through the post query and the post model. */
async function blocks(...items: object[]): Promise<RichTextItem[]> {
  const raw = await queryPost(
    [...baseDataset.filter((doc) => doc !== fieldGuide), { ...fieldGuide, intro: items }],
    'field-guide',
  )
  const parsed = parseDocument(Post, raw, 'field guide')
  if (!parsed.ok) throw parsed.error
  return parsed.value.intro
}

describe('a figure', () => {
  it('is a figure with its picture (described, responsive, lazy, over a blurred preview), caption and credit', async () => {
    render(<RichText value={await blocks(storedFigure('f1'))} />)
    const figure = screen.getByRole('figure')
    const picture = within(figure).getByRole('img', { name: 'Volunteers sorting donated coats' })
    expect(picture).toHaveAttribute('loading', 'lazy')
    expect(picture.getAttribute('srcset')).toMatch(/ \d+w, /)
    expect(picture).toHaveAttribute('sizes', '(max-width: 46rem) calc(100vw - 2rem), 42rem')
    expect(picture).toHaveStyle({ backgroundSize: 'cover' })
    expect(figure.querySelector('figcaption')).toHaveTextContent(
      'The coat drive filled the hall for a weekend.Photo: Dana Cole',
    )
  })

  it('spreads past the text column when wide, and has no empty caption without one', async () => {
    render(<RichText value={await blocks(storedFigure('f2', { width: 'wide', caption: null, credit: null }))} />)
    const picture = screen.getByRole('img', { name: 'Volunteers sorting donated coats' })
    expect(picture).toHaveAttribute('sizes', '(max-width: 64rem) calc(100vw - 2rem), 60rem')
    expect(picture.closest('figure')).toHaveClass('content-figure-wide')
    expect(picture.closest('figure')?.querySelector('figcaption')).toBeNull()
  })
})

describe('a video', () => {
  it('is a plain link to the video without JavaScript, and loads nothing from the provider', async () => {
    const html = renderToStaticMarkup(<RichText value={await blocks(storedVideo('v1'))} />)
    document.body.innerHTML = html
    const link = screen.getByRole('link', { name: /^Watch on YouTube\s*A night at the shelter$/ })
    expect(link).toHaveAttribute('href', 'https://www.youtube.com/watch?v=Lw8kqZx3N2c')
    expect(html).not.toMatch(/iframe|ytimg|youtube-nocookie/)
    expect(screen.getByRole('figure')).toHaveTextContent('Caseworkers describe the first hours after arrival.')
  })

  it('is a play button once the page runs, and loads the privacy-enhanced player only when pressed, focused', async () => {
    render(<RichText value={await blocks(storedVideo('v1'))} />)
    expect(document.querySelector('iframe')).toBeNull()
    const play = screen.getByRole('button', { name: /^Play video\s*A night at the shelter\s*Plays from YouTube$/ })
    expect(play).toHaveTextContent('Plays from YouTube')
    fireEvent.click(play)
    const player = screen.getByTitle('A night at the shelter')
    expect(player.tagName).toBe('IFRAME')
    expect(player).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/Lw8kqZx3N2c?autoplay=1')
    expect(player).toHaveFocus()
    expect(screen.queryByRole('button', { name: /Play video/ })).toBeNull()
  })

  it('plays Vimeo with Do Not Track, and shows the editor’s poster as decoration behind the button', async () => {
    const poster = {
      _type: 'image',
      alt: 'ignored',
      asset: { _type: 'reference', _ref: fieldGuide.coverImage.asset._ref },
    }
    render(<RichText value={await blocks(storedVideo('v2', { url: 'https://vimeo.com/76979871', poster }))} />)
    const play = screen.getByRole('button', { name: /^Play video\s*A night at the shelter\s*Plays from Vimeo$/ })
    const image = play.querySelector('img')
    expect(image).toHaveAttribute('alt', '')
    // Jest does not apply next.config's loaderFile; the source is the site's own image host, never the provider's.
    expect(decodeURIComponent(image?.getAttribute('src') ?? '')).toContain('http://127.0.0.1:3100/images/')
    fireEvent.click(play)
    expect(screen.getByTitle('A night at the shelter')).toHaveAttribute(
      'src',
      'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1',
    )
  })
})

describe('a call-out', () => {
  it('is a note named by its tone, with its text and a button to a page of the site', async () => {
    render(<RichText value={await blocks(storedCallout('c1'))} />)
    const note = screen.getByRole('note', { name: 'Important' })
    expect(note).toHaveTextContent('In danger now? Call 999')
    expect(within(note).getByText('Call 999').tagName).toBe('STRONG')
    expect(within(note).getByRole('link', { name: 'Get help' })).toHaveAttribute('href', '/get-help')
  })

  it('links a button off the site as an external link, and shows a plain note without one', async () => {
    const donate = { _type: 'calloutButton', label: 'Donate', href: 'https://example.org/donate' }
    render(
      <RichText
        value={await blocks(
          storedCallout('c2', { button: donate }),
          storedCallout('c3', { tone: 'note', button: null }),
        )}
      />,
    )
    const link = within(screen.getByRole('note', { name: 'Important' })).getByRole('link', { name: 'Donate' })
    expect(link).toHaveAttribute('href', 'https://example.org/donate')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(within(screen.getByRole('note', { name: 'Note' })).queryByRole('link')).toBeNull()
  })
})
