/* global KefuKit */
// ?theme=dark&open=1 for the screenshots
const q = new URLSearchParams(location.search)
if (q.get('theme') === 'dark') document.documentElement.setAttribute('data-theme', 'dark')
window.chat = KefuKit.mount({
  locale: 'en',
  title: 'Acme support',
  theme: q.get('theme') || 'light',
  notifications: { title: true },
  open: q.get('open') === '1',
})
