import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { PostArticle } from '@/components/post/post-article'
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
  return {
    title: post.seo.title ?? post.title,
    description: post.seo.description ?? post.summary,
    alternates: { canonical: post.href },
    openGraph: { type: 'article', title: post.seo.title ?? post.title, publishedTime: post.publishedAt },
  }
}

export default async function PostPage({ params }: Props) {
  const found = await findPost((await params).slug)
  if (!found) notFound()
  if (found.kind === 'moved') permanentRedirect(found.href)
  return <PostArticle post={found.post} />
}
