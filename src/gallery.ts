// kefu-kit/gallery: every message kind in every state (the playground's gallery, screenshot and
// accessibility tests, a team's own visual tests), plus the XSS vectors the sanitizer is held to.
// A separate entry so an app that only chats never ships these fixtures.
export { galleryFixtures, loadGalleryFixtures, type GalleryFixture } from './messages/gallery'
export { xssVectors, safeMarkdownCases, type XssVector, type SafeMarkdownCase } from './messages/richText/xss-vectors'
