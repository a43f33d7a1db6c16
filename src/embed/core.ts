// The entry of kefu-kit.core.js (and of kefu-kit.mjs, which re-exports it): the kit's code that the
// classic loader kefu-kit.js imports when the first chat mounts. Everything `kefu-kit/embed`
// exports, plus what the loader mounts through. Its other chunks (the message kinds loaded on
// first use, Markdown, the simulator, the languages …) sit next to it and load on demand.
export * from './index'
export { mountInto } from './mount'
/** @internal the build calls it in front of each lazily loaded chunk that has CSS */
export { addEmbedCss } from './styles'
