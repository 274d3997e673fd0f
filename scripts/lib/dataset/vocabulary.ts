// The words generated posts are made of. Small on purpose: enough variety that pages, cards and search results look
// like a real archive, few enough to read through in one sitting.

/** What a post is about: a phrase for sentences and a short form for titles and slugs. */
export type Topic = { phrase: string; short: string }

export const topics: readonly Topic[] = [
  { phrase: 'debt bondage on building sites', short: 'Debt bondage in construction' },
  { phrase: 'labour inspections on seasonal farms', short: 'Farm labour inspections' },
  { phrase: 'fake job adverts on social media', short: 'Online job scams' },
  { phrase: 'the number of emergency shelter beds', short: 'Shelter capacity' },
  { phrase: 'peer support run by survivors', short: 'Survivor-led peer support' },
  { phrase: 'recruitment without fees', short: 'Fee-free recruitment' },
  { phrase: 'audits of supplier factories', short: 'Supplier audits' },
  { phrase: 'what callers tell our helpline', short: 'Helpline data' },
  { phrase: 'free legal advice for survivors', short: 'Legal aid' },
  { phrase: 'stable housing after leaving exploitation', short: 'Housing after exit' },
  { phrase: 'children travelling alone across borders', short: 'Unaccompanied children' },
  { phrase: 'cooperation between police forces', short: 'Cross-border policing' },
  { phrase: 'conditions on long-haul fishing boats', short: 'Work at sea' },
  { phrase: 'visas that tie domestic workers to one employer', short: 'Domestic work visas' },
  { phrase: 'training for hospital staff', short: 'Training for health workers' },
  { phrase: 'spotting exploitation in car washes and nail bars', short: 'Hidden high-street work' },
  { phrase: 'public contracts and the companies that win them', short: 'Public procurement' },
  { phrase: 'interpreters who are truly independent', short: 'Independent interpreting' },
  { phrase: 'compensation paid to survivors', short: 'Survivor compensation' },
  { phrase: 'language classes as a route to safety', short: 'Language learning' },
]

export const titleTemplates: readonly ((topic: Topic, year: number) => string)[] = [
  (topic) => `${topic.short}: what our casework shows`,
  (topic) => `A closer look at ${topic.phrase}`,
  (topic) => `Why ${topic.phrase} deserves more attention`,
  (topic, year) => `${topic.short} in ${year}: where things stand`,
  (topic) => `Notes from the field on ${topic.phrase}`,
  (topic) => `Five questions about ${topic.phrase}`,
  (topic) => `How our partners are changing ${topic.phrase}`,
  (topic) => `${topic.short}, seen through survivors' eyes`,
  (topic, year) => `What ${year} taught us about ${topic.phrase}`,
  (topic) => `Small changes that make a difference: ${topic.short.toLowerCase()}`,
]

export const subjects: readonly string[] = [
  'Our caseworkers',
  'Partner shelters',
  'Nurses in emergency departments',
  'Labour inspectors',
  'Peer mentors',
  'Local councils',
  'Helpline volunteers',
  'Employers we work with',
  'Researchers on our team',
  'Community groups',
  'Regional prosecutors',
  'The survivors we support',
  'Trade unions',
  'Teachers in border towns',
]

export const verbs: readonly string[] = [
  'keep running into',
  'have started to question',
  'now keep records of',
  'rarely hear enough about',
  'are asking for help with',
  'spend more of their week on',
  'want clearer rules on',
  'report slow but steady progress on',
  'still struggle with',
  'have learned to notice',
  'raised concerns with us about',
]

export const objects: readonly string[] = [
  'wage slips that do not add up',
  'recruitment fees hidden in contracts',
  'housing tied to a single employer',
  'phones taken away on arrival',
  'shifts with no day off',
  'referrals that arrive too late',
  'debts that grow every month',
  'offers of work abroad sent through messaging apps',
  'gaps between the agencies meant to help',
  'identity papers kept "for safety" by a manager',
  'transport to and from work that nobody is allowed to refuse',
]

export const qualifiers: readonly string[] = [
  'in almost every region we cover',
  'especially during the harvest months',
  'when budgets are tight',
  'more often than two years ago',
  'despite new national guidance',
  'once trust has been built',
  'long after the first referral',
  'across very different sectors',
  'in small towns as much as in cities',
  'whenever rents go up',
]

export const connectives: readonly string[] = [
  'None of this happens overnight.',
  'That matters because the first weeks after leaving are the most fragile.',
  'The pattern is easy to miss unless someone is looking for it.',
  'Each case is different, yet the warning signs repeat.',
  'We think the answer starts with listening before acting.',
  'Funding decisions made far away shape what happens on the ground.',
  'Progress is real, but it is uneven.',
  'Good intentions are not enough without follow-up.',
]

export const sectionTitles: readonly string[] = [
  'Key takeaways',
  'What we found',
  'What we heard',
  'What needs to change',
  'What you can do',
  'Questions we are still asking',
  'Next steps',
]

export const takeawayHeadings: readonly string[] = [
  'Early contact makes the biggest difference',
  'Paperwork is often the first warning sign',
  'Trust takes longer than any programme allows',
  'Money problems rarely come alone',
  'People need choices, not just rescue',
  'Data helps when it is shared carefully',
  'Local knowledge beats national campaigns',
  'Follow-up is where most cases are won or lost',
  'Employers can be part of the solution',
  'Language barriers hide the worst conditions',
  'Short-term funding creates long-term gaps',
  'Survivors should shape the services they use',
  'Small grants reach places big ones miss',
  'Rules only work when someone checks them',
]

export const bulletItems: readonly string[] = [
  'Ask who holds their identity documents',
  'Check whether wages are paid to the worker directly',
  'Offer an interpreter who is not connected to the employer',
  'Write down dates, places and names as soon as you can',
  'Call the helpline before confronting anyone',
  'Keep the person informed about every step',
  'Share only what the person has agreed to share',
  'Give a contact number they can keep safely',
]

export const quoteLines: readonly string[] = [
  'Nobody asked me what I wanted until I met the team here.',
  'The debt felt like a wall I could never climb over.',
  'Having a key to my own door changed how I slept.',
  'I thought the contract protected me. It was written to protect them.',
  'We see people at their most tired, so we have to be at our most patient.',
  'One honest conversation did more than a dozen leaflets.',
  'When the inspector spoke my language, I finally told the truth.',
  'Recovery is not a straight line, and services should not pretend it is.',
]

export const givenNames: readonly string[] = [
  'Ines',
  'Tomasz',
  'Achieng',
  'Marek',
  'Leila',
  'Sione',
  'Rosa',
  'Daniel',
  'Hana',
  'Kofi',
]
export const familyNames: readonly string[] = [
  'Okafor',
  'Lindqvist',
  'Moreno',
  'Petrova',
  'Nakamura',
  'Abebe',
  'Castillo',
  'Brennan',
]

export const quoteRoles: readonly string[] = [
  'Peer mentor and former shelter resident',
  'Caseworker at a partner organisation',
  'Labour inspector',
  'Emergency department nurse',
  'Volunteer on the helpline',
  'Community organiser',
]

export const externalSites: readonly { url: string; label: string }[] = [
  { url: 'https://example.org/reports/annual-casework-review', label: 'Our annual casework review' },
  { url: 'https://example.org/get-help', label: 'Where to get help' },
  { url: 'https://example.net/guides/fair-recruitment', label: 'A practical guide to fair recruitment' },
  { url: 'https://example.com/research/labour-rights-index', label: 'An index of labour rights by country' },
  { url: 'https://example.net/toolkits/frontline-identification', label: 'A toolkit for frontline staff' },
  { url: 'https://example.org/donate', label: 'Support our shelter partners' },
]

export const relatedHeadings: readonly string[] = [
  'Further reading',
  'Related posts',
  'Read next',
  'If you want to go deeper',
]

export const relatedIntros: readonly string[] = [
  'Earlier posts that cover the same ground in more detail.',
  'Background on the issues this post raises.',
  'Where we have written about this before.',
]

/** Authors and categories beyond the sample's own, so archive pages have a realistic spread. */
export const extraAuthors = [
  {
    id: 'author-joon-park',
    name: 'Joon Park',
    slug: 'joon-park',
    role: 'Data Analyst',
    bio: 'Joon turns helpline and casework records into figures the team can act on, without losing sight of the people behind them.',
  },
  {
    id: 'author-ella-brandt',
    name: 'Ella Brandt',
    slug: 'ella-brandt',
    role: 'Policy Officer',
    bio: 'Ella follows new laws and procurement rules and explains what they mean for workers and for the organisations that support them.',
  },
  {
    id: 'author-samuel-mensah',
    name: 'Samuel Mensah',
    slug: 'samuel-mensah',
    role: 'Partnerships Lead',
    bio: 'Samuel works with shelters, unions and employers to build referral routes that still work on a bad day.',
  },
] as const

export const extraCategories = [
  {
    id: 'category-field-notes',
    title: 'Field notes',
    slug: 'field-notes',
    description: 'Short dispatches from caseworkers, inspectors and volunteers about what they saw this month.',
  },
  {
    id: 'category-data-stories',
    title: 'Data stories',
    slug: 'data-stories',
    description: 'Figures from our helpline and casework, with the caveats that keep them honest.',
  },
] as const
