import { authorRoutes } from '@/components/archive/archive-routes'

export const revalidate = 3600
export const dynamicParams = true

export function generateStaticParams(): { slug: string; page: string }[] {
  return []
}

export const generateMetadata = authorRoutes.paged.generateMetadata
export default authorRoutes.paged.Page
