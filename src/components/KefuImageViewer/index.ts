export { KefuImageViewer, VIEWER_ZOOM_STEPS, type ViewerImage } from './KefuImageViewer'
export { viewerImagesOf } from './images'
