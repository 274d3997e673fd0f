import type { ToolName } from '../../scripts/lib/system-tools'

export type Suite = { description: string; tools: ToolName[]; include?: string[]; exclude?: string[] }
export declare const SUITES: Readonly<Record<string, Suite>>
export declare function selectedSuite(env?: NodeJS.ProcessEnv): Suite & { name: string }
