import { categoryRoutes } from '@/components/archive/archive-routes'

export const revalidate = 3600
export const dynamicParams = true

export function generateStaticParams(): { slug: string; page: string }[] {
  return []
}

export const generateMetadata = categoryRoutes.paged.generateMetadata
export default categoryRoutes.paged.Page
