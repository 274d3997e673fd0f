/** @jest-environment jsdom */
import { act, render } from '@testing-library/react'
import type { VisualEditingProps } from 'next-sanity/visual-editing'
import { LiveVisualEditing, MUTATION_REFRESH_DELAY_MS } from '@/components/preview/live-visual-editing'

// The Studio's Presentation tool tells the preview "this document changed" after each saved edit; the page must then
// re-render from the server (router.refresh), once per burst of edits.

const router = { refresh: jest.fn() }
jest.mock('next/navigation', () => ({ useRouter: () => router }))

let received: VisualEditingProps | undefined
jest.mock('next-sanity/visual-editing', () => ({
  VisualEditing: (props: VisualEditingProps) => {
    received = props
    return null
  },
}))

type Refresh = NonNullable<VisualEditingProps['refresh']>
const mutation = (rev: string): Parameters<Refresh>[0] => ({
  source: 'mutation',
  livePreviewEnabled: false,
  document: { _id: 'drafts.post-1', _type: 'post', _rev: rev, slug: { current: 'a-post' } },
})

function refreshHandler(): Refresh {
  render(<LiveVisualEditing />)
  if (!received?.refresh) throw new Error('LiveVisualEditing passed no refresh handler')
  return received.refresh
}

beforeEach(() => {
  jest.useFakeTimers()
  router.refresh.mockClear()
})
afterEach(() => jest.useRealTimers())

describe('LiveVisualEditing', () => {
  it('re-renders the page once after a burst of saved edits, and settles every one of them', async () => {
    const refresh = refreshHandler()
    const settled: string[] = []
    for (const rev of ['r1', 'r2', 'r3']) {
      const result = refresh(mutation(rev))
      if (result === false) throw new Error('a saved edit was ignored')
      void result.then(() => settled.push(rev))
      act(() => jest.advanceTimersByTime(MUTATION_REFRESH_DELAY_MS / 2))
    }
    expect(router.refresh).not.toHaveBeenCalled()
    await act(async () => jest.advanceTimersByTime(MUTATION_REFRESH_DELAY_MS))
    expect(router.refresh).toHaveBeenCalledTimes(1)
    expect(settled).toEqual(['r1', 'r2', 'r3'])
  })

  it('re-renders again for an edit saved after the last refresh', async () => {
    const refresh = refreshHandler()
    refresh(mutation('r1'))
    await act(async () => jest.advanceTimersByTime(MUTATION_REFRESH_DELAY_MS))
    refresh(mutation('r2'))
    await act(async () => jest.advanceTimersByTime(MUTATION_REFRESH_DELAY_MS))
    expect(router.refresh).toHaveBeenCalledTimes(2)
  })

  it('re-renders at once for the toolbar’s reload button', () => {
    const refresh = refreshHandler()
    refresh({ source: 'manual', livePreviewEnabled: false })
    expect(router.refresh).toHaveBeenCalledTimes(1)
  })
})
