// The publisher: Lanternway Alliance (an invented organisation) and its blog, Freedom Ledger.
import { finalise, reference, type ExportDocument } from './documents'
import type { AuthorContent, CategoryContent } from './types'

export const ORGANISATION = 'Lanternway Alliance'

/** When the site, its authors and categories were set up; fixed so the export never changes between runs. */
export const SETUP_AT = '2024-01-08T10:00:00Z'

export function siteSettingsDocument(): ExportDocument {
  const body = {
    _id: 'siteSettings',
    _type: 'siteSettings',
    title: 'Freedom Ledger',
    description: `Research notes, survivor-centred practice and policy analysis from ${ORGANISATION}, working to end human trafficking and forced labour.`,
    donateUrl: 'https://example.org/donate',
    // British English, dates as the day was in UTC.
    locale: 'en-GB',
    timeZone: 'UTC',
    navigation: [
      { _type: 'navLink', label: 'Home', href: '/' },
      { _type: 'navLink', label: 'About us', page: reference('page-about-us') },
      { _type: 'navLink', label: 'Get help', page: reference('page-get-help') },
      { _type: 'navLink', label: 'Contact', href: 'mailto:hello@example.org' },
    ],
  }
  return finalise(body, SETUP_AT, '2026-03-02T11:20:00Z')
}

export const categories: CategoryContent[] = [
  {
    id: 'category-reports-research',
    title: 'Reports & research',
    slug: 'reports-research',
    description:
      'What the data says: our readings of annual reports, our own casework figures, and research on how exploitation works and how it ends.',
  },
  {
    id: 'category-survivor-support',
    title: 'Survivor support',
    slug: 'survivor-support',
    description:
      'Practice notes from shelters, caseworkers and peer mentors on safety, recovery and the long road to independence.',
  },
  {
    id: 'category-policy-advocacy',
    title: 'Policy & advocacy',
    slug: 'policy-advocacy',
    description:
      'The laws, budgets and purchasing rules that make trafficking harder, and what supporters can ask their representatives to change.',
  },
]

export const authors: AuthorContent[] = [
  {
    id: 'author-amara-velasquez',
    name: 'Amara Velasquez',
    slug: 'amara-velasquez',
    role: `Director of Research and Policy, ${ORGANISATION}`,
    bio: 'Amara leads the research and policy team. Before joining in 2019 she spent ten years auditing working conditions in garment and seafood supply chains. She writes about the numbers behind trafficking, what governments report, and what the reports leave out.',
    portrait: { alt: 'Abstract portrait illustration for Amara Velasquez: a pale silhouette on warm amber', hue: 24 },
  },
  {
    id: 'author-noor-haddad',
    name: 'Noor Haddad',
    slug: 'noor-haddad',
    role: `Head of Survivor Services, ${ORGANISATION}`,
    bio: 'Noor coordinates our shelter partnerships and casework team. A social worker by training, she has supported survivors of labour and sexual exploitation for twelve years and writes about what recovery looks like long after the first night of safety.',
    portrait: { alt: 'Abstract portrait illustration for Noor Haddad: a pale silhouette on soft teal', hue: 186 },
  },
]
