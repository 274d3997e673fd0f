// Tag marks: what revalidateTag and revalidatePath decided, as `stale:expired` epoch milliseconds per tag (either may
// be empty), in one Redis hash that has no TTL, so `volatile-lru` never evicts it while it evicts entries. They mean
// what they mean in Next's own in-process manifest: an entry stored before `stale` is served once more and
// regenerated in the background; one stored before an `expired` that has passed is rendered while the visitor waits.
//
// Plain JavaScript: Next loads the cache handler that uses it at run time, outside its bundler.

/**
 * KEYS: the entry's hash, the marks hash. ARGV: tags to look up besides the entry's own (a data-cache read's tags
 * and a route's implicit tags). One round trip for the entry and every mark that judges it.
 */
export const READ_SCRIPT = `
local fields = redis.call('HGETALL', KEYS[1])
if #fields == 0 then return false end
local tags = {}
for i = 1, #ARGV do tags[#tags + 1] = ARGV[i] end
for i = 1, #fields, 2 do
  if fields[i] == 't' then
    for tag in string.gmatch(fields[i + 1], '[^\\n]+') do tags[#tags + 1] = tag end
  end
end
local marks = {}
if #tags > 0 then marks = redis.call('HMGET', KEYS[2], unpack(tags)) end
return { fields, tags, marks }
`

/**
 * KEYS: the marks hash. ARGV: the new stale time or '' to keep it, the new expiry or '' to keep it, then the tags.
 * Merged here rather than written whole, so two instances marking different halves of a mark cannot undo each other.
 */
export const MARK_SCRIPT = `
for i = 3, #ARGV do
  local old = redis.call('HGET', KEYS[1], ARGV[i]) or ':'
  local stale, expired = string.match(old, '^(%d*):(%d*)$')
  if ARGV[1] ~= '' then stale = ARGV[1] end
  if ARGV[2] ~= '' then expired = ARGV[2] end
  redis.call('HSET', KEYS[1], ARGV[i], (stale or '') .. ':' .. (expired or ''))
end
return #ARGV - 2
`

/**
 * The change revalidateTag(tags, durations) makes, as Next's file-system cache makes it: with durations, stale now
 * and expired after `expire` seconds (when given); without, expired now.
 */
export function markUpdate(durations, now = Date.now()) {
  if (!durations) return { stale: '', expired: String(now) }
  return { stale: String(now), expired: durations.expire === undefined ? '' : String(now + durations.expire * 1000) }
}

/** `{ stale, expired }` from a stored mark (either undefined when unset), or null for no mark. */
export function parseMark(text) {
  if (text === null || text === undefined) return null
  const match = /^(\d*):(\d*)$/.exec(String(text))
  if (!match) return null
  return {
    stale: match[1] === '' ? undefined : Number(match[1]),
    expired: match[2] === '' ? undefined : Number(match[2]),
  }
}
