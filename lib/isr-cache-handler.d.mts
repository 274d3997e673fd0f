export declare const SCRIPT_POLICY_HEADER: 'content-security-policy'
export declare function isNextInlineScript(body: string): boolean
export declare function inlineScriptHashes(html: string): { hashes: string[]; unknown: number }
export declare function scriptPolicyFor(html: string): { policy: string; unknown: number }
declare const ScriptPolicyCache: new (...args: never[]) => object
export default ScriptPolicyCache
