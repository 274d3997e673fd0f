import { formatDate } from '@/components/format-date'
import { canonicalLocale, canonicalTimeZone, DEFAULT_DATE_FORMAT, openGraphLocale } from '@/lib/date-format'

describe('the site’s dates', () => {
  // 03:30 UTC on 21 June: still the evening of the 20th in California.
  const eveningInCalifornia = '2023-06-21T03:30:00Z'

  it('read as British English in UTC by default, as the site always has', () => {
    expect(formatDate(eveningInCalifornia, DEFAULT_DATE_FORMAT)).toBe('21 June 2023')
  })

  it('follow the site’s language and time zone: an American organisation’s evening post shows that evening’s date', () => {
    expect(formatDate(eveningInCalifornia, { locale: 'en-US', timeZone: 'America/Los_Angeles' })).toBe('June 20, 2023')
    expect(formatDate(eveningInCalifornia, { locale: 'fr-FR', timeZone: 'Europe/Paris' })).toBe('21 juin 2023')
  })
})

describe('language tags and time zones from the settings', () => {
  it('are read in their canonical spelling', () => {
    expect(canonicalLocale('en-us')).toBe('en-US')
    expect(canonicalLocale(' pt-br ')).toBe('pt-BR')
    expect(canonicalTimeZone('europe/london')).toBe('Europe/London')
    expect(canonicalTimeZone('UTC')).toBe('UTC')
  })

  it('are refused when malformed or unknown, rather than quietly becoming another language or zone', () => {
    for (const tag of ['', 'english', 'en_GB', 'x', '12-34', 'en-GB<script>']) expect(canonicalLocale(tag)).toBeNull()
    for (const zone of ['', 'Pacific Standard Time', 'Mars/Olympus_Mons', 'GMT+25'])
      expect(canonicalTimeZone(zone)).toBeNull()
  })

  it('become Open Graph locales', () => {
    expect(openGraphLocale('en-GB')).toBe('en_GB')
    expect(openGraphLocale('pt-BR')).toBe('pt_BR')
    expect(openGraphLocale('fr')).toBe('fr')
  })
})
