import { articleJsonLd, breadcrumbJsonLd, serializeJsonLd } from '@/lib/json-ld'
import type { Post } from '@/lib/models/post'

export function PostJsonLd({ post, siteTitle }: { post: Post; siteTitle: string }) {
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(articleJsonLd(post, siteTitle)) }}
      />
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(breadcrumbJsonLd(post, siteTitle)) }}
      />
    </>
  )
}
