export declare function pagePathOf(key: string): string | null
