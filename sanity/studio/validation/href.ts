// Link fields that take either a page of this site or a full address.

/**
 * True for a page path such as "/about" or for anything with a scheme (which the field's `uri` rule then checks).
 * Other relative values are refused: "about" depends on the page it is on, and "//host" leaves the site.
 */
export function isSitePathOrAbsolute(href: unknown): boolean {
  return typeof href !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(href) || /^\/(?![/\\])/.test(href)
}
