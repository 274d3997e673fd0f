import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { categoryTitle, CategoryView } from '@/components/archive/archive-views'
import { getCategoryPage } from '@/lib/archives'
import { categoryPath, parsePageNumber } from '@/lib/routes'

export const revalidate = 3600
export const dynamicParams = true

type Props = { params: Promise<{ slug: string; page: string }> }

export function generateStaticParams(): { slug: string; page: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params
  const number = parsePageNumber(page)
  const found = number && number > 1 ? await getCategoryPage(slug, number) : null
  if (!found) return {}
  return { title: categoryTitle(found), alternates: { canonical: categoryPath(found.category.slug, found.page.page) } }
}

export default async function CategoryPageN({ params }: Props) {
  const { slug, page } = await params
  const number = parsePageNumber(page)
  if (number === null) notFound()
  if (number === 1) permanentRedirect(categoryPath(slug))
  const found = await getCategoryPage(slug, number)
  if (!found) notFound()
  return <CategoryView found={found} />
}
