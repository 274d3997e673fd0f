import type { CustomValidator } from 'sanity'
import { canonicalLocale, canonicalTimeZone } from '../../../lib/date-format'

export const localeMessage =
  'Use a language tag the site can write dates in, such as en-GB (20 June 2023) or en-US (June 20, 2023).'

export const timeZoneMessage = 'Use a time zone name such as Europe/London, America/Los_Angeles or UTC.'

/** Empty is fine (the site then uses British English); anything else must be a language the site can write dates in. */
export const validateLocale: CustomValidator<unknown> = (value) =>
  typeof value !== 'string' || value.trim() === '' || canonicalLocale(value) !== null ? true : localeMessage

/** Empty is fine (the site then uses UTC); anything else must be an IANA time zone name. */
export const validateTimeZone: CustomValidator<unknown> = (value) =>
  typeof value !== 'string' || value.trim() === '' || canonicalTimeZone(value) !== null ? true : timeZoneMessage
