import 'server-only'
import { parseServerEnv } from './schema'

export const serverEnv = parseServerEnv({
  SANITY_API_READ_TOKEN: process.env.SANITY_API_READ_TOKEN,
  SANITY_REVALIDATE_SECRET: process.env.SANITY_REVALIDATE_SECRET,
  SANITY_API_WRITE_TOKEN: process.env.SANITY_API_WRITE_TOKEN,
  SANITY_FETCH_TIMEOUT_MS: process.env.SANITY_FETCH_TIMEOUT_MS,
})
