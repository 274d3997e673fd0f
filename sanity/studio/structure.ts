import { CogIcon } from '@sanity/icons'
import type { ListBuilder, StructureBuilder, StructureResolver } from 'sanity/structure'
import { isSingletonType } from './singletons'

const contentLists = [
  { type: 'post', title: 'Posts' },
  { type: 'page', title: 'Pages' },
  { type: 'author', title: 'Authors' },
  { type: 'category', title: 'Categories' },
  { type: 'slugRedirect', title: 'Old post URLs' },
]
const listedTypes = new Set(contentLists.map(({ type }) => type))

/** Desk layout: the lists editors use most, any other document types, then the site settings as one document. */
export const structure = ((S: StructureBuilder): ListBuilder =>
  S.list()
    .title('Content')
    .items([
      ...contentLists.map(({ type, title }) => S.documentTypeListItem(type).title(title)),
      ...S.documentTypeListItems().filter((item) => {
        const id = item.getId()
        return id !== undefined && !listedTypes.has(id) && !isSingletonType(id)
      }),
      S.divider(),
      S.listItem()
        .title('Site settings')
        .id('siteSettings')
        .icon(CogIcon)
        .child(S.document().schemaType('siteSettings').documentId('siteSettings').title('Site settings')),
    ])) satisfies StructureResolver
