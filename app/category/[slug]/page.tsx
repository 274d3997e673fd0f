import { categoryRoutes } from '@/components/archive/archive-routes'

export const revalidate = 3600
export const dynamicParams = true

// Rendered on first visit, then cached like the prerendered pages.
export function generateStaticParams(): { slug: string }[] {
  return []
}

export const generateMetadata = categoryRoutes.first.generateMetadata
export default categoryRoutes.first.Page
