import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { payloadOf } from './incoming'
import { resolveTemplates } from './notices'
import { MEDIA_MAX_LINE, MEDIA_MAX_LINES, MEDIA_MAX_TEXT, MEDIA_MAX_URL } from './media'

const templates = resolveTemplates(undefined)
const decode = (body: unknown) => payloadOf(body, 'service', templates)
const URL = 'https://example.com/a.bin'

describe('given a media wire body', () => {
  it('decodes a file with its name, size and type', () => {
    expect(decode({ type: 'file', url: URL, name: '发票.pdf', size: 2048, mime: 'application/pdf' }))
      .toEqual({ kind: 'file', url: URL, name: '发票.pdf', size: 2048, mime: 'application/pdf' })
  })

  it('decodes a video, an audio, a location, a face and a merger', () => {
    expect(decode({ type: 'video', url: URL, posterUrl: 'https://example.com/p.png', duration: 12.5, width: 640, height: 360 }))
      .toEqual({ kind: 'video', url: URL, posterUrl: 'https://example.com/p.png', duration: 12.5, width: 640, height: 360 })
    expect(decode({ type: 'audio', url: URL, duration: 3 })).toEqual({ kind: 'audio', url: URL, duration: 3 })
    expect(decode({ type: 'location', name: '腾讯大厦', address: '深圳', latitude: 22.54, longitude: 113.93 }))
      .toEqual({ kind: 'location', name: '腾讯大厦', address: '深圳', latitude: 22.54, longitude: 113.93 })
    expect(decode({ type: 'face', index: 3, name: 'smile' })).toEqual({ kind: 'face', index: 3, name: 'smile' })
    expect(decode({ type: 'merger', title: 'Chat history', lines: ['a: hi', 'b: hello'], count: 7 }))
      .toEqual({ kind: 'merger', title: 'Chat history', lines: ['a: hi', 'b: hello'], count: 7 })
  })

  it.each([
    [{ type: 'file', name: 'x' }, 'file body without url'],
    [{ type: 'file', url: '   ' }, 'file body without url'],
    [{ type: 'file', url: URL, name: 42 }, 'file body with a name that is not a string'],
    [{ type: 'video', url: 7 }, 'video body without url'],
    [{ type: 'audio' }, 'audio body without url'],
    [{ type: 'audio', url: 'https://e.com/' + 'a'.repeat(MEDIA_MAX_URL) }, `audio body with a url longer than ${MEDIA_MAX_URL}`],
    [{ type: 'location', latitude: 91, longitude: 0 }, 'location body without a latitude between -90 and 90'],
    [{ type: 'location', latitude: Number.NaN, longitude: 0 }, 'location body without a latitude between -90 and 90'],
    [{ type: 'location', latitude: '22', longitude: 0 }, 'location body without a latitude between -90 and 90'],
    [{ type: 'location', latitude: 0, longitude: -180.5 }, 'location body without a longitude between -180 and 180'],
    [{ type: 'location', latitude: 0, longitude: Infinity }, 'location body without a longitude between -180 and 180'],
    [{ type: 'face' }, 'face body without an index, a name or a url'],
    [{ type: 'face', index: -1, name: '' }, 'face body without an index, a name or a url'],
    [{ type: 'merger', lines: [] }, 'merger body without a title'],
    [{ type: 'merger', title: 't', lines: 'a,b' }, 'merger body without lines'],
    [{ type: 'merger', title: 't', lines: ['a', { toString: (): string => 'b' }] }, 'merger body with a line that is not a string'],
  ])('makes %j invalid: %s', (body, reason) => {
    expect(decode(body)).toEqual({ kind: 'invalid', reason })
  })

  it('drops optional numbers that are negative, not finite or not numbers', () => {
    expect(decode({ type: 'video', url: URL, duration: -1, width: Infinity, height: '300', size: Number.NaN }))
      .toEqual({ kind: 'video', url: URL })
    expect(decode({ type: 'file', url: URL, size: -5 })).toEqual({ kind: 'file', url: URL, name: '' })
    expect(decode({ type: 'face', index: 1.5, name: 'x' })).toEqual({ kind: 'face', name: 'x' })
    expect(decode({ type: 'merger', title: 't', lines: [], count: -2 })).toEqual({ kind: 'merger', title: 't', lines: [] })
  })

  it('bounds every text and the number of lines', () => {
    const long = '长'.repeat(MEDIA_MAX_TEXT * 3)
    const p = decode({ type: 'merger', title: long, lines: Array.from({ length: 10_000 }, () => 'x'.repeat(MEDIA_MAX_LINE * 2)) })
    if (p.kind !== 'merger') throw new Error(p.kind)
    expect(p.title.length).toBeLessThanOrEqual(MEDIA_MAX_TEXT + 1)
    expect(p.lines).toHaveLength(MEDIA_MAX_LINES)
    for (const l of p.lines) expect(l.length).toBeLessThanOrEqual(MEDIA_MAX_LINE + 1)
    const f = decode({ type: 'file', url: URL, name: long })
    expect(f.kind === 'file' && f.name.length).toBe(MEDIA_MAX_TEXT + 1)
  })

  it('does not split a surrogate pair when it cuts a text', () => {
    const p = decode({ type: 'location', latitude: 0, longitude: 0, name: 'a' + '😀'.repeat(MEDIA_MAX_TEXT) })
    if (p.kind !== 'location') throw new Error(p.kind)
    expect(p.name!.endsWith('😀…') || p.name!.endsWith('a…')).toBe(true)
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(p.name!)).toBe(false)
  })

  it('turns a body whose fields throw into invalid instead of throwing', () => {
    const hostile = { type: 'file', get url(): string { throw new Error('boom') } }
    expect(decode(hostile)).toEqual({ kind: 'invalid', reason: 'file body could not be read' })
  })

  it('never throws, and yields a media payload or invalid, for any body of a media type', () => {
    const type = fc.constantFrom('file', 'video', 'audio', 'location', 'face', 'merger')
    const body = fc.record({
      type,
      url: fc.anything(), name: fc.anything(), size: fc.anything(), mime: fc.anything(), posterUrl: fc.anything(),
      duration: fc.oneof(fc.double(), fc.anything()), width: fc.anything(), height: fc.anything(),
      latitude: fc.oneof(fc.double(), fc.anything()), longitude: fc.oneof(fc.double(), fc.anything()),
      address: fc.anything(), index: fc.oneof(fc.integer(), fc.anything()), title: fc.anything(),
      lines: fc.oneof(fc.array(fc.string()), fc.array(fc.anything()), fc.anything()), count: fc.anything(),
    }, { requiredKeys: ['type'] })
    fc.assert(fc.property(body, (b) => {
      const p = decode(b)
      expect(['invalid', b.type]).toContain(p.kind)
      if (p.kind === 'invalid') return
      for (const v of Object.values(p)) {
        if (typeof v === 'number') expect(Number.isFinite(v) && v >= -180).toBe(true)
        if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(MEDIA_MAX_URL)
      }
      if (p.kind === 'location') {
        expect(Math.abs(p.latitude)).toBeLessThanOrEqual(90)
        expect(Math.abs(p.longitude)).toBeLessThanOrEqual(180)
      }
      if (p.kind === 'merger') expect(p.lines.every((l) => typeof l === 'string')).toBe(true)
    }), { numRuns: 500 })
  })
})
