import type { ToolName } from '../../scripts/lib/system-tools'

export type Suite = {
  description: string
  tools: ToolName[]
  include?: string[]
  exclude?: string[]
  /** Files run after the rest, one at a time (root-relative paths). */
  alone?: string[]
}
export type Phase = 'together' | 'alone'
export declare const PHASES: readonly Phase[]
export declare const SUITES: Readonly<Record<string, Suite>>
export declare function selectedSuite(env?: NodeJS.ProcessEnv): Suite & { name: string }
export declare function suitePaths(
  suite: Suite,
  phase?: string,
): { testMatch: string[]; testPathIgnorePatterns: string[] }
