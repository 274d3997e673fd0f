export declare const SCRIPT_POLICY_HEADER: 'content-security-policy'
export declare function isNextInlineScript(body: string): boolean
export declare function inlineScriptHashes(html: string): { hashes: string[]; unknown: number }
export declare function scriptPolicyFor(html: string): { policy: string; unknown: number }
/** Constructed by Next with its cache-handler context (fs, serverDistDir, flushToDisk, revalidatedTags, …). */
declare const ScriptPolicyCache: new (context: Record<string, unknown>) => object
export default ScriptPolicyCache
export declare const CACHE_HANDLERS: unique symbol
export declare function registerScriptPolicyCache(FetchCache?: typeof ScriptPolicyCache): void
export declare function withScriptPolicy(key: string, value: unknown): void
