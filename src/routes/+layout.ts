// Every page is prerendered to static HTML (adapter-static, strict) and lives at a path ending in "/".
export const prerender = true;
export const trailingSlash = 'always';
