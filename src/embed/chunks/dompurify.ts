// The embed's DOMPurify chunk (dist/embed/kefu-kit.dompurify.js), loaded with the first rich-text message.
export { default } from 'dompurify'
