import { defineLocaleResourceBundle } from 'sanity'

// Sanity's wording for its built-in slug checks, rephrased for editors. The slug type runs these checks itself
// (uniqueness through the field's `isUnique` option), so the messages are changed here rather than on each field.
export const validationMessages = defineLocaleResourceBundle({
  locale: 'en-US',
  namespace: 'validation',
  resources: {
    'slug.not-unique':
      'Another document of this kind already uses the slug "{{slug}}". Change it so this page gets its own web address.',
    'slug.missing-current': 'The slug is empty: press "Generate" to make one, or type it in.',
  },
})
