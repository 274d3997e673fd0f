import { defineField } from 'sanity'
import { checkSlug, isUniqueSlug } from '../validation/slug'

interface SlugFieldOptions {
  /** The field the slug is generated from, such as `title` or `name`. */
  source: string
  /** How editors call the document, such as "post" or "author", for the descriptions and messages. */
  documentLabel: string
  maxLength?: number
  group?: string | string[]
  /** Slugs this kind of document may not take, such as the site's own routes for pages at `/<slug>`. */
  reserved?: readonly string[]
}

/** A `slug` field generated from `source`, unique among documents of the same type. */
export function defineSlugField({ source, documentLabel, maxLength = 96, group, reserved = [] }: SlugFieldOptions) {
  return defineField({
    name: 'slug',
    title: 'Slug',
    type: 'slug',
    group,
    description: `The end of the ${documentLabel}'s web address. Press "Generate" to make it from the ${source}. Changing it after publishing breaks links that others have shared.`,
    options: { source, maxLength, isUnique: isUniqueSlug },
    validation: (rule) =>
      rule.custom(
        checkSlug(
          {
            missing: `Give the ${documentLabel} a slug: press "Generate" to make one from the ${source}.`,
            tooLong: `Keep the slug to ${maxLength} characters or fewer so the web address stays readable.`,
            reserved: (slug) =>
              `The address /${slug} belongs to the site itself, so a ${documentLabel} cannot use it. Choose another slug.`,
          },
          maxLength,
          reserved,
        ),
      ),
  })
}
