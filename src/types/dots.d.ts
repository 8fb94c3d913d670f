// @digitalocean/dots ships TypeScript sources but no declarations; type-checking its 12 MB of
// sources is slow, so tsconfig maps the package here. The platform declares what it uses.
declare const dots: Record<string, unknown>
export = dots
