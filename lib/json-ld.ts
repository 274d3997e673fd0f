import { stegaClean } from '@sanity/client/stega'
import type { Post } from '@/lib/models/post'
import { absoluteUrl } from '@/lib/site-url'

type JsonLd = Record<string, unknown>

/** schema.org Article for a post: what search engines show as the headline, dates, author and image. */
export function articleJsonLd(post: Post, publisher: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: stegaClean(post.title),
    description: stegaClean(post.summary),
    datePublished: post.publishedAt,
    dateModified: post.updatedAt,
    mainEntityOfPage: absoluteUrl(post.href),
    url: absoluteUrl(post.href),
    ...(post.coverImage ? { image: [post.coverImage.shareSrc] } : {}),
    author: post.author
      ? [{ '@type': 'Person', name: stegaClean(post.author.name) }]
      : [{ '@type': 'Organization', name: publisher }],
    publisher: { '@type': 'Organization', name: publisher, url: absoluteUrl('/') },
  }
}

/** Home › post, for the breadcrumb trail search results show. */
export function breadcrumbJsonLd(post: Post, siteTitle: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: siteTitle, item: absoluteUrl('/') },
      { '@type': 'ListItem', position: 2, name: stegaClean(post.title), item: absoluteUrl(post.href) },
    ],
  }
}

/** JSON for a `<script>` element: `<` is escaped so no content can close the script and inject markup. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
