import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from 'next/dist/client/components/http-access-fallback/http-access-fallback'
import { getRedirectStatusCodeFromError, getURLFromRedirectError } from 'next/dist/client/components/redirect'
import { isRedirectError } from 'next/dist/client/components/redirect-error'

/** notFound() and redirect() work by throwing; these check what a route threw. */
export async function expectNotFound(rendering: Promise<unknown>): Promise<void> {
  const thrown = await rendering.then(
    () => null,
    (error: unknown) => error,
  )
  if (!isHTTPAccessFallbackError(thrown)) throw new Error(`expected notFound(), got ${String(thrown)}`)
  expect(getAccessFallbackHTTPStatus(thrown)).toBe(404)
}

export async function expectRedirect(rendering: Promise<unknown>, url: string, status: number): Promise<void> {
  const thrown = await rendering.then(
    () => null,
    (error: unknown) => error,
  )
  if (!isRedirectError(thrown)) throw new Error(`expected a redirect, got ${String(thrown)}`)
  expect(getURLFromRedirectError(thrown)).toBe(url)
  expect(getRedirectStatusCodeFromError(thrown)).toBe(status)
}
