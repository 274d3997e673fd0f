import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { stegaClean } from 'next-sanity'
import { PostArticle } from '@/components/post/post-article'
import { PostJsonLd } from '@/components/post/post-json-ld'
import { ValidationPanel } from '@/components/preview/validation-panel'
import { SHARE_IMAGE_SIZE } from '@/lib/image'
import { findPost, getRecentPostSlugs, PRERENDERED_POST_COUNT } from '@/lib/posts'
import { getSettings } from '@/lib/settings'
import { siteOpenGraph } from '@/lib/site-metadata'

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
  const description = stegaClean(post.seo.description ?? post.summary)
  const images = post.coverImage
    ? [{ url: post.coverImage.shareSrc, ...SHARE_IMAGE_SIZE, alt: stegaClean(post.coverImage.alt) }]
    : undefined
  return {
    title,
    description,
    alternates: { canonical: post.href },
    openGraph: {
      ...(await siteOpenGraph()),
      type: 'article',
      title,
      description,
      url: post.href,
      publishedTime: post.publishedAt,
      modifiedTime: post.updatedAt,
      images,
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title, description, images },
  }
}

export default async function PostPage({ params }: Props) {
  const found = await findPost((await params).slug)
  if (!found) notFound()
  if (found.kind === 'moved') permanentRedirect(found.href)
  // Shared with the layout's request, so no second CMS call.
  const settings = await getSettings()
  return (
    <>
      <PostJsonLd post={found.post} siteTitle={stegaClean(settings.title)} />
      <ValidationPanel issues={found.issues} />
      <PostArticle
        post={found.post}
        siteTitle={settings.title}
        donateUrl={settings.donateUrl}
        dateFormat={settings.dateFormat}
      />
    </>
  )
}
