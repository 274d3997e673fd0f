import type { PostContent } from '../types'
import { aYearOfHelplineCalls } from './a-year-of-helpline-calls'
import { employmentPathways } from './employment-pathways'
import { forcedLabourSupplyChains } from './forced-labour-supply-chains'
import { onlineRecruitmentScams } from './online-recruitment-scams'
import { procurementAsPrevention } from './procurement-as-prevention'
import { readingTheTipReport } from './reading-the-tip-report'
import { recognisingTheSigns } from './recognising-the-signs'
import { recruitmentFeesDebtBondage } from './recruitment-fees-debt-bondage'
import { safeHousingFirst } from './safe-housing-first'
import { survivorLedServices } from './survivor-led-services'
import { tipReport2026Roundup } from './tip-report-2026-roundup'
import { worldDayAgainstTrafficking2025 } from './world-day-against-trafficking-2025'
import { yearInReview2026 } from './year-in-review-2026'

export { drafts, type DraftContent } from './drafts'

/** Every published sample post, oldest first. */
export const publishedPosts: PostContent[] = [
  recognisingTheSigns,
  forcedLabourSupplyChains,
  readingTheTipReport,
  safeHousingFirst,
  aYearOfHelplineCalls,
  recruitmentFeesDebtBondage,
  worldDayAgainstTrafficking2025,
  onlineRecruitmentScams,
  survivorLedServices,
  procurementAsPrevention,
  tipReport2026Roundup,
  employmentPathways,
  yearInReview2026,
]
