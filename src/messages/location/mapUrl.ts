// The map link of a location message: kept apart from the renderer (which loads on first use) so
// `createLocationKind({ mapUrl })` and `openStreetMapUrl` cost nothing up front.
import type { LocationPayload } from '../../protocol/types'

/** Builds the map link of a location (its result still goes through the URL rule). */
export type MapUrlBuilder = (location: Pick<LocationPayload, 'latitude' | 'longitude' | 'name' | 'address'>) => string

/** OpenStreetMap, centred on the point with a marker. */
export const openStreetMapUrl: MapUrlBuilder = ({ latitude, longitude }) => {
  const lat = latitude.toFixed(6)
  const lon = longitude.toFixed(6)
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`
}
