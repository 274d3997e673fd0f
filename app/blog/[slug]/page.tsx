import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostArticle } from '@/components/post/post-article'
import { getPost, getRecentPostSlugs, PRERENDERED_POST_COUNT } from '@/lib/posts'

export const revalidate = 3600
export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const slugs = await getRecentPostSlugs(PRERENDERED_POST_COUNT)
  return slugs.map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await getPost((await params).slug)
  if (!post) return {}
  return {
    title: post.seo.title ?? post.title,
    description: post.seo.description ?? post.summary,
    alternates: { canonical: post.href },
    openGraph: { type: 'article', title: post.seo.title ?? post.title, publishedTime: post.publishedAt },
  }
}

export default async function PostPage({ params }: Props) {
  const post = await getPost((await params).slug)
  if (!post) notFound()
  return <PostArticle post={post} />
}
