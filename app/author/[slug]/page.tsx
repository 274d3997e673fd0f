import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { authorTitle, AuthorView } from '@/components/archive/archive-views'
import { getAuthorPage } from '@/lib/archives'
import { authorPath } from '@/lib/routes'

export const revalidate = 3600
export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

// Rendered on first visit, then cached like the prerendered pages.
export function generateStaticParams(): { slug: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getAuthorPage((await params).slug, 1)
  if (!found) return {}
  return { title: authorTitle(found), alternates: { canonical: authorPath(found.author.slug) } }
}

export default async function AuthorPage({ params }: Props) {
  const found = await getAuthorPage((await params).slug, 1)
  if (!found) notFound()
  return <AuthorView found={found} />
}
