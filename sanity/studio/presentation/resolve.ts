import { defineDocuments, defineLocations } from 'sanity/presentation'
import {
  mainDocumentRoutes,
  pageLocationSelect,
  postLocationSelect,
  resolvePageLocations,
  resolvePostLocations,
  siteSettingsLocations,
} from './routes'

export const mainDocuments = defineDocuments(mainDocumentRoutes)

export const locations = {
  post: defineLocations({ select: postLocationSelect, resolve: resolvePostLocations }),
  page: defineLocations({ select: pageLocationSelect, resolve: resolvePageLocations }),
  siteSettings: defineLocations(siteSettingsLocations),
}
