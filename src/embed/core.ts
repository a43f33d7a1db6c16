// The entry of kefu-kit.core.js: the chat's code (Vue 3, the kit, its CSS), an ES module with no
// side effects. The classic loader kefu-kit.js imports it from its own folder (see loader.ts), and
// kefu-kit.mjs (index.ts, for bundlers) imports it too: the build makes index.ts's imports of
// mount.ts and backend.ts point here, so both share one copy (one engine, one stylesheet). What
// both of those carry anyway (errors.ts, styles.ts, standIn.ts) the core takes from the page at
// run time (shared.ts). Its chunks (the message kinds loaded on first use, Markdown, the
// simulator, the languages …) sit next to it and load on demand.
export { mount, mountInto } from './mount'
/** @internal the build calls it in front of each lazily loaded chunk that has CSS */
export { addEmbedCss } from './styles'
