// Stand-in for next/headers in jest: there is no request outside Next. Tests switch draft mode on through
// `draftModeState`; enable() and disable() are counted so route handlers can be checked.
export const draftModeState = { isEnabled: false, enabledCalls: 0, disabledCalls: 0 }

export async function draftMode() {
  return {
    get isEnabled() {
      return draftModeState.isEnabled
    },
    enable() {
      draftModeState.enabledCalls += 1
      draftModeState.isEnabled = true
    },
    disable() {
      draftModeState.disabledCalls += 1
      draftModeState.isEnabled = false
    },
  }
}

type Cookie = { name: string; value?: string; [attribute: string]: unknown }
/** Cookies a route set, with their attributes, for the tests to read. */
export const cookieJar = new Map<string, Cookie>()

export async function cookies() {
  return {
    get: (name: string) => cookieJar.get(name),
    getAll: () => [...cookieJar.values()],
    has: (name: string) => cookieJar.has(name),
    set: (nameOrCookie: string | Cookie, value?: string) =>
      void (typeof nameOrCookie === 'string'
        ? cookieJar.set(nameOrCookie, { name: nameOrCookie, value })
        : cookieJar.set(nameOrCookie.name, nameOrCookie)),
    delete: (name: string) => void cookieJar.delete(name),
  }
}

export async function headers() {
  return new Headers()
}
