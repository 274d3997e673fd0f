import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { stegaClean } from 'next-sanity'
import { PageArticle } from '@/components/page/page-article'
import { ValidationPanel } from '@/components/preview/validation-panel'
import { findPage, getPageSlugs, PRERENDERED_PAGE_COUNT } from '@/lib/pages'
import { siteOpenGraph } from '@/lib/site-metadata'

export const revalidate = 3600
export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const slugs = await getPageSlugs(PRERENDERED_PAGE_COUNT)
  return slugs.map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findPage((await params).slug)
  if (!found) return {}
  const { page } = found
  const title = stegaClean(page.seo.title ?? page.title)
  const description = stegaClean(page.seo.description ?? page.summary)
  return {
    title,
    description,
    alternates: { canonical: page.href },
    openGraph: { ...(await siteOpenGraph()), type: 'website', title, description, url: page.href },
    twitter: { card: 'summary', title, description },
  }
}

export default async function EditorPage({ params }: Props) {
  const found = await findPage((await params).slug)
  if (!found) notFound()
  return (
    <>
      <ValidationPanel issues={found.issues} />
      <PageArticle page={found.page} />
    </>
  )
}
