// Stands in for 'server-only', whose real entry throws outside React Server Components.
export {}
