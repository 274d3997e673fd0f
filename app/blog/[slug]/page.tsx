import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { stegaClean } from 'next-sanity'
import { PostArticle } from '@/components/post/post-article'
import { ValidationPanel } from '@/components/preview/validation-panel'
import { findPost, getRecentPostSlugs, PRERENDERED_POST_COUNT } from '@/lib/posts'

export const revalidate = 3600
export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const slugs = await getRecentPostSlugs(PRERENDERED_POST_COUNT)
  return slugs.map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findPost((await params).slug)
  if (found?.kind !== 'post') return {}
  const { post } = found
  const title = stegaClean(post.seo.title ?? post.title)
  return {
    title,
    description: stegaClean(post.seo.description ?? post.summary),
    alternates: { canonical: post.href },
    openGraph: { type: 'article', title, publishedTime: post.publishedAt },
  }
}

export default async function PostPage({ params }: Props) {
  const found = await findPost((await params).slug)
  if (!found) notFound()
  if (found.kind === 'moved') permanentRedirect(found.href)
  return (
    <>
      <ValidationPanel issues={found.issues} />
      <PostArticle post={found.post} />
    </>
  )
}
