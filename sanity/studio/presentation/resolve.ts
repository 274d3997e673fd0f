import { defineDocuments, defineLocations } from 'sanity/presentation'
import { mainDocumentRoutes, postLocationSelect, resolvePostLocations, siteSettingsLocations } from './routes'

export const mainDocuments = defineDocuments(mainDocumentRoutes)

export const locations = {
  post: defineLocations({ select: postLocationSelect, resolve: resolvePostLocations }),
  siteSettings: defineLocations(siteSettingsLocations),
}
