import { block, span } from '../fixtures/blocks'
import { markedParagraph, type HostileCase } from './hostile-post'

// Hostile shapes rather than hostile strings: size, nesting, missing keys, unknown marks, dangling references.

const manyLinks = Array.from({ length: 198 }, (_, index) => ({
  _key: `m${index}`,
  _type: 'link',
  href: `https://example.org/${index}`,
}))

export const STRUCTURE_CASES: HostileCase[] = [
  {
    name: 'a 10,000-block intro',
    parts: { intro: Array.from({ length: 10_000 }, (_, index) => block(`many-${index}`, `Block number ${index}.`)) },
    accepted: true,
    shows: ['Block number 0.', 'Block number 9999.'],
  },
  {
    name: '200 marks nested on one span',
    parts: {
      intro: [
        markedParagraph('deep', 'deeply marked', ['strong', 'em', ...manyLinks.map((def) => def._key)], manyLinks),
      ],
    },
    accepted: true,
    shows: ['deeply marked'],
  },
  {
    name: 'staircase of overlapping marks',
    parts: {
      intro: [
        {
          ...block(
            'stairs',
            Array.from({ length: 60 }, (_, index) =>
              span(`st${index}`, `step${index} `, index % 2 ? ['strong', 'em'] : ['em']),
            ),
          ),
        },
      ],
    },
    accepted: true,
    shows: ['step0 ', 'step59 '],
  },
  {
    name: 'mark keys named like Object.prototype members',
    parts: {
      intro: [
        markedParagraph(
          'proto',
          'prototype words',
          ['constructor', '__proto__', 'toString'],
          [
            { _key: 'constructor', _type: 'link', href: 'https://example.org/c' },
            { _key: '__proto__', _type: 'link', href: 'https://example.org/p' },
            { _key: 'toString', _type: 'link', href: 'https://example.org/t' },
          ],
        ),
      ],
    },
    accepted: true,
    shows: ['prototype words'],
  },
  {
    name: 'a 200,000-character span',
    parts: { intro: [block('long', `${'x'.repeat(200_000)} end`)] },
    accepted: true,
    shows: [' end'],
  },
  {
    name: 'a block missing _key',
    parts: { intro: [{ ...block('k', 'No key here'), _key: undefined }] },
    accepted: false,
    shows: [],
  },
  {
    name: 'a span missing _key',
    parts: { intro: [{ ...block('k', 'x'), children: [{ _type: 'span', text: 'No span key', marks: [] }] }] },
    accepted: false,
    shows: [],
  },
  {
    name: 'a link missing _key',
    parts: { intro: [markedParagraph('k', 'keyless link', [], [{ _type: 'link', href: 'https://example.org' }])] },
    accepted: false,
    shows: [],
  },
  {
    name: 'an unknown mark type',
    parts: { intro: [markedParagraph('fn', 'footnoted', ['fn1'], [{ _key: 'fn1', _type: 'footnote', text: 'x' }])] },
    accepted: false,
    shows: [],
  },
  {
    name: 'a mark with no definition',
    parts: { intro: [markedParagraph('ud', 'undefined mark', ['nowhere'], [])] },
    accepted: false,
    shows: [],
  },
  {
    name: 'a block with no children',
    parts: { intro: [{ ...block('empty', 'x'), children: [] }] },
    accepted: false,
    shows: [],
  },
]

export const MISSING_REFERENCE_CASES: HostileCase[] = [
  {
    name: 'an internal link to a missing post',
    parts: {
      intro: [
        markedParagraph(
          'gone',
          'vanished post',
          ['int'],
          [{ _key: 'int', _type: 'internalLink', reference: { _type: 'reference', _ref: 'post-nowhere' } }],
        ),
      ],
    },
    accepted: true,
    shows: ['vanished post'],
  },
  {
    name: 'a related post that is missing',
    parts: { related: [{ _key: 'rp', _type: 'relatedPost', post: { _type: 'reference', _ref: 'post-nowhere' } }] },
    accepted: true,
    shows: [],
  },
  {
    name: 'a missing author',
    parts: { fields: { author: { _type: 'reference', _ref: 'author-nowhere' } } },
    accepted: true,
    shows: [],
  },
  {
    name: 'a missing category',
    parts: { fields: { categories: [{ _type: 'reference', _ref: 'category-nowhere', _key: 'cx' }] } },
    accepted: true,
    shows: [],
  },
  {
    name: 'a missing cover image asset',
    parts: {
      fields: {
        coverImage: { _type: 'image', alt: 'Gone', asset: { _type: 'reference', _ref: 'image-ffff-10x10-jpg' } },
      },
    },
    accepted: true,
    shows: [],
  },
]
