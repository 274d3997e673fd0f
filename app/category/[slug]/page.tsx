import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { categoryTitle, CategoryView } from '@/components/archive/archive-views'
import { getCategoryPage } from '@/lib/archives'
import { categoryPath } from '@/lib/routes'

export const revalidate = 3600
export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

// Rendered on first visit, then cached like the prerendered pages.
export function generateStaticParams(): { slug: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getCategoryPage((await params).slug, 1)
  if (!found) return {}
  return { title: categoryTitle(found), alternates: { canonical: categoryPath(found.category.slug) } }
}

export default async function CategoryPage({ params }: Props) {
  const found = await getCategoryPage((await params).slug, 1)
  if (!found) notFound()
  return <CategoryView found={found} />
}
