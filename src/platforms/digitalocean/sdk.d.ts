// Types of ./sdk.js: the declarations in src/types/dots.d.ts.
export * from '@digitalocean/dots'
