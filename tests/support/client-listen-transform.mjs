// Jest transforms, with one change for @sanity/client: it loads its EventSource with `import("@sanity/eventsource")`
// (in its CommonJS build too), and jest's module VM refuses dynamic imports without --experimental-vm-modules
// (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG). Swapping that one import for a require lets tests listen with the
// client itself, as the Studio does. If the client stops loading it that way, the listen tests fail by name.
import nextTransformer from 'next/dist/build/swc/jest-transformer.js'

const DYNAMIC_IMPORT = 'import("@sanity/eventsource")'
const REQUIRED = 'Promise.resolve().then(() => ({ default: require("@sanity/eventsource") }))'
const CLIENT_DIST = /[\\/]node_modules[\\/]@sanity[\\/]client[\\/]dist[\\/]/

const clientListenTransform = {
  createTransformer(options) {
    const next = nextTransformer.createTransformer(options)
    return {
      process(source, filename, jestOptions) {
        if (!CLIENT_DIST.test(filename)) return next.process(source, filename, jestOptions)
        const code = source.split(DYNAMIC_IMPORT).join(REQUIRED)
        // The CommonJS build needs nothing else; the ES build still goes through SWC.
        return filename.endsWith('.cjs') ? { code } : next.process(code, filename, jestOptions)
      },
    }
  },
}

export default clientListenTransform
