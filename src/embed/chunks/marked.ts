// The embed's marked chunk (dist/embed/kefu-kit.marked.js), loaded with the first rich-text message.
export { Marked } from 'marked'
