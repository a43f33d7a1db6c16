// What the media renderers (file, video, audio) share: a duration as `m:ss`, the kind of a file by
// its MIME type or extension, and a file name split so its extension stays visible when the rest
// is ellipsised.

export { formatDuration } from './duration'

/** The broad kind of a file, for its icon's label and colour. */
export type FileCategory = 'pdf' | 'image' | 'video' | 'audio' | 'archive' | 'doc' | 'sheet' | 'slides' | 'text' | 'other'

const BY_EXTENSION: Record<string, FileCategory> = {
  pdf: 'pdf',
  png: 'image', jpg: 'image', jpeg: 'image', gif: 'image', webp: 'image', bmp: 'image', heic: 'image', svg: 'image',
  mp4: 'video', mov: 'video', webm: 'video', avi: 'video', mkv: 'video',
  mp3: 'audio', wav: 'audio', m4a: 'audio', aac: 'audio', ogg: 'audio', amr: 'audio', silk: 'audio',
  zip: 'archive', rar: 'archive', '7z': 'archive', gz: 'archive', tar: 'archive',
  doc: 'doc', docx: 'doc', odt: 'doc', rtf: 'doc', pages: 'doc',
  xls: 'sheet', xlsx: 'sheet', csv: 'sheet', ods: 'sheet', numbers: 'sheet',
  ppt: 'slides', pptx: 'slides', odp: 'slides', key: 'slides',
  txt: 'text', md: 'text', log: 'text', json: 'text',
}

/** A file's extension (lower case, without the dot, at most 8 characters), or `''`. */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name.trim())
  return m ? m[1]!.toLowerCase() : ''
}

/** The kind of a file from its MIME type, else its extension. */
export function fileCategory(mime: unknown, name: string): FileCategory {
  const type = typeof mime === 'string' ? mime.toLowerCase().trim() : ''
  if (type === 'application/pdf') return 'pdf'
  const top = type.split('/')[0]
  if (top === 'image' || top === 'video' || top === 'audio') return top
  if (/zip|rar|7z|tar|gzip|compressed/.test(type)) return 'archive'
  if (/spreadsheet|excel|csv/.test(type)) return 'sheet'
  if (/presentation|powerpoint/.test(type)) return 'slides'
  if (/word|opendocument\.text|rtf/.test(type)) return 'doc'
  if (top === 'text') return 'text'
  return BY_EXTENSION[extensionOf(name)] ?? 'other'
}

/** `name` as its stem and `.ext`, so a long name can be cut in the stem only. */
export function splitName(name: string): { stem: string; ext: string } {
  const ext = extensionOf(name)
  if (!ext || name.length <= ext.length + 1) return { stem: name, ext: '' }
  return { stem: name.slice(0, name.length - ext.length - 1), ext: name.slice(name.length - ext.length - 1) }
}
