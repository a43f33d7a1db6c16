export { RichTextMessage } from './RichTextMessage'
export { renderMarkdown, loadMarkdown, markdownReady, MARKDOWN_ALLOWED_TAGS, type RenderMarkdownOptions } from './markdown'
export { xssVectors, safeMarkdownCases, type XssVector, type SafeMarkdownCase } from './xss-vectors'
export { richTextFixtures } from './fixtures'
