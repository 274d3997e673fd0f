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

const jar = new Map<string, { name: string; value: string }>()

export async function cookies() {
  return {
    get: (name: string) => jar.get(name),
    getAll: () => [...jar.values()],
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, { name, value }),
    delete: (name: string) => void jar.delete(name),
  }
}

export async function headers() {
  return new Headers()
}
