// Decodes the wire helper's documented and edge-case examples into payloads for the gallery, so
// the gallery shows exactly what the decoder makes of the documentation.
import { decode } from '../../protocol/wire/decode'
import { docExamples, edgeExamples } from '../../protocol/wire/examples'
import type { DecodedPayload } from '../../protocol/types'

/** The decoded payload of `docExamples[name]`. */
export function docPayload(name: string): DecodedPayload {
  return decode(docExamples[name])
}

/** The decoded payload of `edgeExamples[name]`. */
export function edgePayload(name: string): DecodedPayload {
  return decode(edgeExamples[name])
}
