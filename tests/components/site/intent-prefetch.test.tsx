/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react'
import { IntentPrefetch } from '@/components/site/intent-prefetch'
import { SiteLink } from '@/components/site/site-link'

// Pages linked from the one being read are fetched ahead when the reader points at or focuses their link, not before.

const router = { prefetch: jest.fn() }
jest.mock('next/navigation', () => ({ useRouter: () => router }))

beforeEach(() => {
  router.prefetch.mockClear()
  window.history.replaceState(null, '', '/blog/a-post')
  render(
    <>
      <SiteLink href="/about-us">About us</SiteLink>
      <SiteLink href="/search?q=labour">
        <span>Search for labour</span>
      </SiteLink>
      <SiteLink href="/blog/a-post#takeaways">Takeaways</SiteLink>
      <a href="https://example.org/report">The full report</a>
      <IntentPrefetch />
    </>,
  )
})

describe('IntentPrefetch with SiteLink', () => {
  it('fetches nothing until the reader shows an intent', () => {
    expect(router.prefetch).not.toHaveBeenCalled()
  })

  it('fetches a page when the pointer comes over its link, or over what the link holds', () => {
    fireEvent.pointerOver(screen.getByRole('link', { name: 'About us' }))
    fireEvent.pointerOver(screen.getByText('Search for labour'))
    expect(router.prefetch.mock.calls).toEqual([['/about-us'], ['/search?q=labour']])
  })

  it('fetches a page when its link takes keyboard focus', () => {
    screen.getByRole('link', { name: 'About us' }).focus()
    expect(router.prefetch.mock.calls).toEqual([['/about-us']])
  })

  it('leaves links off the site, and links within the page being read, alone', () => {
    fireEvent.pointerOver(screen.getByRole('link', { name: 'The full report' }))
    fireEvent.pointerOver(screen.getByRole('link', { name: 'Takeaways' }))
    fireEvent.pointerOver(document.body)
    expect(router.prefetch).not.toHaveBeenCalled()
  })
})
