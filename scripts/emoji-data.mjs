// Writes src/components/KefuEmojiPicker/data.ts, the emoji picker's bundled data, from a copy of
// `emojibase-data` (MIT, https://emojibase.dev): English and Chinese names and keywords, grouped in
// the picker's categories. Not a dependency of the kit: install it anywhere and point here,
//   npm install --prefix /tmp/emojidata emojibase-data@17 && node scripts/emoji-data.mjs /tmp/emojidata/node_modules/emojibase-data
// Kept small on purpose: no skin-tone variants, no flags, only emoji of Unicode/Emoji 13.0 or older
// (drawn by every system still in use), no gendered ZWJ variants (the neutral one stays), at most two keywords per language.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.argv[2]
if (!dir) throw new Error('usage: node scripts/emoji-data.mjs <path to emojibase-data>')
const read = (p) => JSON.parse(readFileSync(join(dir, p), 'utf8'))
const version = read('package.json').version
const en = read('en/data.json')
const zh = new Map(read('zh/data.json').map((e) => [e.hexcode, e]))

// emojibase group number → the picker's category id (component 2 and flags 9 are left out)
const GROUPS = { 0: 'smileys', 1: 'people', 3: 'animals', 4: 'food', 5: 'travel', 6: 'activities', 7: 'objects', 8: 'symbols' }
const MAX_VERSION = 13
const clean = (s) => String(s).replace(/[|\n]/g, ' ').trim()

const byCategory = Object.fromEntries(Object.values(GROUPS).map((c) => [c, []]))
for (const e of en.sort((a, b) => a.order - b.order)) {
  const category = GROUPS[e.group]
  if (!category || !(Number(e.version) <= MAX_VERSION)) continue
  // gendered variants (man / woman + ZWJ) double the people list; the neutral one stays
  if (/-200D-(2640|2642)/.test(e.hexcode)) continue
  const z = zh.get(e.hexcode)
  const tags = (list) => (list || []).slice(0, 2).map(clean).join(' ')
  byCategory[category].push([e.emoji, clean(e.label), tags(e.tags), z ? clean(z.label) : '', z ? tags(z.tags) : ''].join('|'))
}

let out = `// The emoji picker's data: loaded only when the picker first opens (a dynamic import, its own
// chunk), never fetched from the network. Written by scripts/emoji-data.mjs from emojibase-data
// ${version} (MIT License, Copyright (c) 2017-2019 Miles Johnson, https://emojibase.dev).
// One string per category; one emoji per line: emoji|English name|English keywords|Chinese name|Chinese keywords.
export const EMOJI_DATA: Record<string, string> = {\n`
let total = 0
for (const [category, lines] of Object.entries(byCategory)) {
  total += lines.length
  out += `  ${category}: ${JSON.stringify(lines.join('\n'))},\n`
}
out += '}\n'
writeFileSync(new URL('../src/components/KefuEmojiPicker/data.ts', import.meta.url), out)
console.log(`${total} emoji written`)
