export { SafeImage, type SafeImageProps } from './SafeImage'
export { safeLinkUrl, safeImageUrl, safeMediaUrl, type MediaUrlSource } from './url'
