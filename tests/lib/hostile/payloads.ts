// Strings an attacker (or a careless paste) could put into content, shared by the corpus and the property test.

/** Hrefs no link may ever carry: script schemes in every disguise browsers see through, and other-site paths. */
export const HOSTILE_HREFS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '  javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'java\u0000script:alert(1)',
  '\u200Bjavascript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript&#x3A;alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  ' VbScript:msgbox(1)',
  '//evil.example/phish',
  '/\\evil.example/phish',
  '/\t/evil.example/phish',
]

/** Markup that must reach the page as text, never as elements or attributes. */
export const HTML_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '</p><a href="javascript:alert(1)">click</a>',
  '<b>bold?</b> &amp; &lt;i&gt;',
  "'><iframe src=javascript:alert(1)></iframe>",
]

/** Text that is legal but awkward: right-to-left, invisible, combining and astral characters. */
export const AWKWARD_TEXT = [
  '\u202Eتقرير سنوي\u202C',
  'עברית עם English באמצע',
  'zero\u200Bwidth\u200Cjoin\u200Dhere\uFEFF',
  'e\u0301\u0301\u0301 combining',
  '👩‍👩‍👧‍👦 family 🏳️‍🌈',
  'lone \uD800 surrogate',
  'null \u0000 byte',
]

/**
 * True when a browser could only follow `href` to an http(s) or mailto URL, or a path on this site. Browsers drop tabs
 * and newlines anywhere in a URL, so "/\t/host" means "//host", another site.
 */
export function isSafeHref(href: string): boolean {
  const seen = href.replace(/[\t\n\r]/g, '')
  if (/^(https?:\/\/|mailto:)/.test(seen)) return true
  return /^\/(?![/\\])/.test(seen)
}
