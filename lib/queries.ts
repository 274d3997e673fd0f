import { defineQuery } from 'next-sanity'

// Every GROQ query the site runs. References are projected as `{ _ref, target }` so the result keeps the id of a
// target even when it is gone: cache tags are collected from every `_id` and `_ref`.

/**
 * Has a slug and is not scheduled for later, unless `$preview` (staff see what is coming). Every query takes
 * `$preview`; lib/sanity/fetch.ts always passes it.
 */
const visiblePost = /* groq */ `_type == "post" && defined(slug.current) && ($preview || dateTime(publishedAt) <= dateTime(now()))`

/** An editor's page with a slug: pages have no publish date, so every published one is on the site. */
const visiblePage = /* groq */ `_type == "page" && defined(slug.current)`

const imageFields = /* groq */ `
  alt,
  crop,
  hotspot,
  asset{ _ref, "target": @->{ _id, metadata{ lqip, dimensions{ width, height } } } }
`

/** Text blocks: internal links carry their target post, or null once it is gone or not out yet. */
const blockFields = /* groq */ `
  ...,
  markDefs[]{
    ...,
    _type == "internalLink" => {
      "target": *[${visiblePost} && _id == ^.reference._ref][0]{ _id, title, "slug": slug.current }
    }
  }
`

const richTextFields = /* groq */ `
  ...,
  _type == "block" => { ${blockFields} },
  _type == "figure" => { image{ ${imageFields} } },
  _type == "videoEmbed" => { poster{ ${imageFields} } },
  _type == "callout" => { body[]{ ${blockFields} } }
`

const postCardFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  publishedAt,
  summary,
  author{ _ref, "target": @->{ _id, name } },
  coverImage{ ${imageFields} }
`

export const postQuery = defineQuery(`
  *[${visiblePost} && slug.current == $slug][0]{
    _id,
    _updatedAt,
    title,
    "slug": slug.current,
    publishedAt,
    summary,
    seo{ title, description },
    author{ _ref, "target": @->{ _id, name, role, "slug": slug.current, portrait{ ${imageFields} } } },
    categories[]{ _key, _ref, "target": @->{ _id, title, "slug": slug.current } },
    coverImage{ ${imageFields} },
    intro[]{ ${richTextFields} },
    takeawaySections[]{
      _key,
      title,
      takeaways[]{ _key, heading, body[]{ ${richTextFields} } }
    },
    relatedLinks{
      heading,
      intro,
      links[]{
        _key,
        _type,
        _type == "relatedPost" => {
          label,
          post,
          "target": *[${visiblePost} && _id == ^.post._ref][0]{
            _id, title, "slug": slug.current, summary, coverImage{ ${imageFields} }
          }
        },
        _type == "externalLink" => { url, label }
      }
    }
  }
`)

export const postListQuery = defineQuery(`
  {
    "total": count(*[${visiblePost}]),
    "posts": *[${visiblePost}] | order(publishedAt desc, _id asc) [$start...$end]{ ${postCardFields} }
  }
`)

export const postSlugsQuery = defineQuery(`
  *[${visiblePost}] | order(publishedAt desc, _id asc) [0...$limit].slug.current
`)

/** Where a post's previous slug now leads: recorded by the webhook when a post is renamed (lib/slug-redirects.ts). */
export const slugRedirectQuery = defineQuery(`
  *[_type == "slugRedirect" && from == $slug][0]{
    _id,
    post,
    "target": *[${visiblePost} && _id == ^.post._ref][0]{ _id, "slug": slug.current }
  }
`)

/** Every old slug that leads to a post: their pages must re-render when the post moves again. */
export const postOldSlugsQuery = defineQuery(`
  *[_type == "slugRedirect" && post._ref == $postId && defined(from)].from
`)

/**
 * What a webhook warms besides the changed document itself: the posts and pages that link to it, and the list length.
 */
export const warmTargetsQuery = defineQuery(`
  {
    "linkedFrom": *[${visiblePost} && references($id)] | order(publishedAt desc) [0...$limit].slug.current,
    "linkedPages": *[${visiblePage} && references($id)] | order(slug.current asc) [0...$limit].slug.current,
    "total": count(*[${visiblePost}])
  }
`)

/** The newest posts for the RSS and Atom feeds: never drafts, never scheduled posts. */
export const feedPostsQuery = defineQuery(`
  *[${visiblePost}] | order(publishedAt desc, _id asc) [0...$limit]{
    ${postCardFields},
    _updatedAt,
    categories[]{ _key, _ref, "target": @->{ _id, title } }
  }
`)

/** Every visible post, page, category and author for the sitemap, with when each last changed. */
export const sitemapQuery = defineQuery(`
  {
    "pages": *[${visiblePage}] | order(slug.current asc){ _id, "slug": slug.current, _updatedAt },
    "posts": *[${visiblePost}] | order(publishedAt desc, _id asc){ _id, "slug": slug.current, _updatedAt },
    "categories": *[_type == "category" && defined(slug.current)] | order(slug.current asc){ _id, "slug": slug.current, _updatedAt },
    "authors": *[_type == "author" && defined(slug.current)] | order(slug.current asc){ _id, "slug": slug.current, _updatedAt }
  }
`)

/** A page at `/<slug>`, with the same rich text as a post. */
export const pageQuery = defineQuery(`
  *[${visiblePage} && slug.current == $slug][0]{
    _id,
    _updatedAt,
    title,
    "slug": slug.current,
    summary,
    seo{ title, description },
    body[]{ ${richTextFields} }
  }
`)

/** Slugs of the pages, for prerendering at build time. */
export const pageSlugsQuery = defineQuery(`
  *[${visiblePage}] | order(slug.current asc) [0...$limit].slug.current
`)

const searchableText = /* groq */ `[title, summary, pt::text(intro), pt::text(takeawaySections[].takeaways[].body[])]`

/**
 * Posts whose title, summary or text contain every term (each a prefix, `$terms` is a list of strings). Terms are
 * always a parameter: whatever a visitor types is matched as text and never becomes GROQ.
 */
export const searchQuery = defineQuery(`
  *[${visiblePost} && ${searchableText} match $terms]
    | score(boost(title match $terms, 3), boost(summary match $terms, 2), ${searchableText} match $terms)
    | order(_score desc, publishedAt desc) [0...$limit]{ ${postCardFields} }
`)

const newestFirst = /* groq */ `order(publishedAt desc, _id asc)`

/** A category and one page of its visible posts, newest first. */
export const categoryPageQuery = defineQuery(`
  *[_type == "category" && slug.current == $slug][0]{
    _id,
    title,
    "slug": slug.current,
    description,
    "total": count(*[${visiblePost} && references(^._id)]),
    "posts": *[${visiblePost} && references(^._id)] | ${newestFirst} [$start...$end]{ ${postCardFields} }
  }
`)

/** An author and one page of their visible posts, newest first. */
export const authorPageQuery = defineQuery(`
  *[_type == "author" && slug.current == $slug][0]{
    _id,
    name,
    "slug": slug.current,
    role,
    bio,
    "total": count(*[${visiblePost} && author._ref == ^._id]),
    "posts": *[${visiblePost} && author._ref == ^._id] | ${newestFirst} [$start...$end]{ ${postCardFields} }
  }
`)

export const settingsQuery = defineQuery(`
  *[_type == "siteSettings" && _id == "siteSettings"][0]{
    _id,
    title,
    description,
    donateUrl,
    locale,
    timeZone,
    navigation[]{
      _key,
      label,
      href,
      page{
        _ref,
        "target": *[_id == ^._ref && (${visiblePage} || (${visiblePost}))][0]{ _id, _type, "slug": slug.current }
      }
    }
  }
`)

/** When the next scheduled post goes live (null when none is scheduled). */
const nextScheduledPublish = /* groq */ `
  *[_type == "post" && defined(slug.current) && dateTime(publishedAt) > dateTime(now())]
    | order(publishedAt asc)[0].publishedAt
`

/**
 * Wraps any query above so the same request also says when the next scheduled post goes live: every page learns when
 * it goes stale without a second CMS request (see lib/sanity/fetch.ts).
 */
export function withNextScheduledPublish(query: string): string {
  return `{ "result": ${query}, "nextScheduledPublish": ${nextScheduledPublish} }`
}
