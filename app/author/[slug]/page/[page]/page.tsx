import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { authorTitle, AuthorView } from '@/components/archive/archive-views'
import { getAuthorPage } from '@/lib/archives'
import { authorPath, parsePageNumber } from '@/lib/routes'

export const revalidate = 3600
export const dynamicParams = true

type Props = { params: Promise<{ slug: string; page: string }> }

export function generateStaticParams(): { slug: string; page: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params
  const number = parsePageNumber(page)
  const found = number && number > 1 ? await getAuthorPage(slug, number) : null
  if (!found) return {}
  return { title: authorTitle(found), alternates: { canonical: authorPath(found.author.slug, found.page.page) } }
}

export default async function AuthorPageN({ params }: Props) {
  const { slug, page } = await params
  const number = parsePageNumber(page)
  if (number === null) notFound()
  if (number === 1) permanentRedirect(authorPath(slug))
  const found = await getAuthorPage(slug, number)
  if (!found) notFound()
  return <AuthorView found={found} />
}
