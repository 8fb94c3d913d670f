// The SDK as the bundle loads it. tsconfig `paths` maps the bare name `@digitalocean/dots` to its
// type declarations (src/types/dots.d.ts) so tsc does not check dots' 12 MB of sources; ncc follows
// `paths` too, so the code is imported here by its file name, which no mapping matches.
export * from '@digitalocean/dots/index.js'
