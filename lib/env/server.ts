import 'server-only'
import { parseServerEnv } from './schema'

export const serverEnv = parseServerEnv({
  SANITY_API_READ_TOKEN: process.env.SANITY_API_READ_TOKEN,
})
