export { SafeImage, type SafeImageProps } from './SafeImage'
export { safeLinkUrl, safeImageUrl } from './url'
