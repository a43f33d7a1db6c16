// The entry of kefu-kit.core.js: the chat's code (Vue 3, the kit, its CSS), an ES module with no
// side effects. The classic loader kefu-kit.js imports it from its own folder (see loader.ts), and
// kefu-kit.mjs (index.ts, for bundlers) imports it too: the build makes index.ts's imports of the
// modules below point here, so both share one copy (one engine, one stylesheet, one error class).
// Its chunks (the message kinds loaded on first use, Markdown, the simulator, the languages …) sit
// next to it and load on demand.
export { mount, mountInto } from './mount'
export { EmbedConfigError } from './backend'
export { checkBackend, showEmbedError } from './errors'
export { standInFor } from './standIn'
/** @internal the build calls it in front of each lazily loaded chunk that has CSS */
export { addEmbedCss } from './styles'
